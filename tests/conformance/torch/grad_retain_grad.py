import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
h = x * 3
h.retain_grad()
y = (h ** 2).sum()
y.backward()
print(h.grad)
print(x.grad)
print(h.is_leaf, h.retains_grad, x.retains_grad)
h2 = x + 1
y2 = (h2 * h2).sum()
y2.backward()
print(h2.grad)
