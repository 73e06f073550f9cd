import torch
x = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], requires_grad=True)
y = x[torch.arange(5, -1, -1)][::2]
print(y)
(y * torch.tensor([1.0, 10.0, 100.0])).sum().backward()
print(x.grad)
x.grad = None
v = x.view(2, 3).t()
print(v.is_contiguous(), v.shape)
(v[1] ** 2).sum().backward()
print(x.grad)
x.grad = None
z = x[1:5].reshape(2, 2)
(z @ torch.tensor([1.0, -1.0])).sum().backward()
print(x.grad)
