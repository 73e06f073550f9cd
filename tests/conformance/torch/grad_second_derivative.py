import torch
x = torch.tensor(2.0, requires_grad=True)
y = x ** 3
(dy,) = torch.autograd.grad(y, x, create_graph=True)
print(dy)
(d2y,) = torch.autograd.grad(dy, x)
print(d2y)
x2 = torch.tensor(0.5, requires_grad=True)
f = torch.sin(x2) * x2
g1 = torch.autograd.grad(f, x2, create_graph=True)[0]
g2 = torch.autograd.grad(g1, x2, create_graph=True)[0]
g3 = torch.autograd.grad(g2, x2)[0]
print(g1, g2, g3)
