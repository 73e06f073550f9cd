import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x.exp()
print(y)
y.add_(1)
print(y)
y.sum().backward()
