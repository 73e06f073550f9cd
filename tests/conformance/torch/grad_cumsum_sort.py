import torch
x = torch.tensor([3.0, 1.0, 2.0], requires_grad=True)
x.cumsum(0).sum().backward()
print(x.grad)
x.grad = None
v, i = x.sort()
(v * torch.tensor([1.0, 10.0, 100.0])).sum().backward()
print(x.grad)
x.grad = None
x.topk(2).values.sum().backward()
print(x.grad)
x.grad = None
x.cumprod(0).sum().backward()
print(x.grad)
