import torch
x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
x.sum(dim=0).sum().backward()
print(x.grad)
x.grad = None
x.mean().backward()
print(x.grad)
x.grad = None
x.mean(dim=1, keepdim=True).sum().backward()
print(x.grad)
x.grad = None
x.prod().backward()
print(x.grad)
x.grad = None
(x.sum(1) * torch.tensor([1.0, -1.0])).sum().backward()
print(x.grad)
