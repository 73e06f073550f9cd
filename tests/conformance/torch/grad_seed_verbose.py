import torch
x = torch.tensor(2.0, requires_grad=True)
y = x**2 + 3*x + 1
print(y)
print(x.grad)
y.backward()
print(x.grad)
print(x.grad.dtype, x.grad.shape, x.grad.requires_grad)
print(x)
print(y.item(), x.grad.item())
