import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.no_grad():
    y = x * 2
    print(y.requires_grad, y.grad_fn)
    print(torch.is_grad_enabled())
print(torch.is_grad_enabled())
print(y)
z = x * 2
print(z.requires_grad)
with torch.no_grad():
    x.add_(1.0)
print(x)
with torch.no_grad():
    x -= 0.5 * torch.tensor([1.0, 1.0])
print(x, x.is_leaf)
