import torch
u = torch.tensor(1.0, requires_grad=True)
v = torch.tensor(1.0, requires_grad=True)
torch.autograd.grad(u * 2, [u, v])
