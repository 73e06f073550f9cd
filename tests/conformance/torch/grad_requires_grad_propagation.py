import torch
a = torch.tensor(1.0)
b = torch.tensor(2.0, requires_grad=True)
c = a * 2
d = c + b
print(c.requires_grad, d.requires_grad)
e = torch.stack([a, a])
f = torch.stack([a, b])
print(e.requires_grad, f.requires_grad, f.grad_fn.name())
g = torch.tensor([1.0, 2.0])
g.requires_grad = True
print(g.requires_grad, g.is_leaf)
h = g.sum()
print(h.requires_grad)
h.backward()
print(g.grad)
