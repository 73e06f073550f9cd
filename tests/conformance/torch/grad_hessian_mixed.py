import torch
x = torch.tensor(1.0, requires_grad=True)
y = torch.tensor(2.0, requires_grad=True)
f = x * x * y + y ** 3
gx, gy = torch.autograd.grad(f, (x, y), create_graph=True)
print(gx, gy)
print(torch.autograd.grad(gx, (x, y), retain_graph=True))
print(torch.autograd.grad(gy, (x, y)))
