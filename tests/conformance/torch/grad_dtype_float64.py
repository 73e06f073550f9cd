import torch
x = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
y = (x ** 2).sum()
y.backward()
print(x.grad)
print(y)
a = torch.tensor(1.0, requires_grad=True)
b = a.double() * 3
b.backward()
print(a.grad, a.grad.dtype)
c = torch.tensor(2.0, requires_grad=True)
(c * torch.tensor(3.0, dtype=torch.float64)).backward()
print(c.grad)
