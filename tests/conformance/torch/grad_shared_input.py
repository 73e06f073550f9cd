import torch
x = torch.tensor(3.0, requires_grad=True)
y = x * x * x + x
y.backward()
print(x.grad)
a = torch.tensor([1.0, 2.0], requires_grad=True)
b = a * 2
c = b + b * a
c.sum().backward()
print(a.grad)
z = torch.tensor(2.0, requires_grad=True)
u = z + z
v = u * u
v.backward()
print(z.grad)
