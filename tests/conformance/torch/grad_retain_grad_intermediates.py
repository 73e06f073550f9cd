import torch
x = torch.tensor([0.5, 1.0, 2.0], requires_grad=True)
h = x * 3
h.retain_grad()
a = torch.sigmoid(h)
a.retain_grad()
loss = (a * torch.tensor([1.0, 2.0, 3.0])).sum()
loss.backward()
print(h.is_leaf, a.is_leaf, h.requires_grad)
print(a.grad)
print(h.grad)
print(x.grad)
print(loss.grad)
