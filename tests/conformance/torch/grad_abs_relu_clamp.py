import torch
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0], requires_grad=True)
x.abs().sum().backward()
print(x.grad)
x.grad = None
x.relu().sum().backward()
print(x.grad)
x.grad = None
x.clamp(-1, 1).sum().backward()
print(x.grad)
x.grad = None
x.clamp(min=0.0).sum().backward()
print(x.grad)
x.grad = None
torch.sign(x).sum().backward()
print(x.grad)
