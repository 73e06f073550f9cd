import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
x.repeat(3).sum().backward()
print(x.grad)
x.grad = None
(x.repeat(2, 2) * torch.arange(8.0).reshape(2, 4)).sum().backward()
print(x.grad)
y = torch.arange(6.0).reshape(2, 3).requires_grad_()
y.narrow(1, 1, 2).sum().backward()
print(y.grad)
z = torch.tensor([[1.0], [2.0]], requires_grad=True)
z.expand(2, 3).sum().backward()
print(z.grad)
