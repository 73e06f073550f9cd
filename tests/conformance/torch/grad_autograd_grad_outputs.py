import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x ** 3
g = torch.autograd.grad(y, x, grad_outputs=torch.tensor([1.0, 0.5]))
print(g)
y2 = x * torch.tensor([2.0, 3.0])
g2 = torch.autograd.grad(y2, x, torch.ones(2))
print(g2)
z = x.sum() * 2
h = torch.autograd.grad([z], [x], [torch.tensor(3.0)])
print(h[0])
u = torch.tensor(1.0, requires_grad=True)
v = torch.tensor(1.0, requires_grad=True)
print(torch.autograd.grad(u * 2, [u, v], allow_unused=True))
