import torch
a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 0.5], requires_grad=True)
(a ** b).sum().backward()
print(a.grad, b.grad)
a.grad = None
b.grad = None
(a / b).sum().backward()
print(a.grad, b.grad)
c = torch.tensor(0.0, requires_grad=True)
(c ** 2).backward()
print(c.grad)
d = torch.tensor(0.0, requires_grad=True)
torch.sqrt(d).backward()
print(d.grad)
e = torch.tensor([2.0, 3.0], requires_grad=True)
(2 ** e).sum().backward()
print(e.grad)
