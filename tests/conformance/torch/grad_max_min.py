import torch
x = torch.tensor([[1.0, 5.0, 3.0], [4.0, 2.0, 6.0]], requires_grad=True)
x.max().backward()
print(x.grad)
x.grad = None
x.max(dim=1).values.sum().backward()
print(x.grad)
x.grad = None
x.min(dim=0)[0].sum().backward()
print(x.grad)
x.grad = None
x.amax(dim=1).sum().backward()
print(x.grad)
y = torch.tensor([2.0, 2.0, 1.0], requires_grad=True)
y.max().backward()
print(y.grad)
z = torch.tensor([1.0, 3.0], requires_grad=True)
torch.maximum(z, torch.tensor([2.0, 2.0])).sum().backward()
print(z.grad)
