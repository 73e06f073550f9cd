import torch
a = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
b = a * 1
v = b[1:3]
v.mul_(10)
print(b)
print(b.grad_fn.name())
b.sum().backward()
print(a.grad)
c = a.clone()
c[0] = 0.0
print(c.grad_fn.name())
(c * c).sum().backward()
print(a.grad)
