import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
def f(t):
    with torch.no_grad():
        s = t * 2
    return s + t
y = f(x)
print(y.requires_grad, y.grad_fn.name())
y.sum().backward()
print(x.grad)
with torch.no_grad():
    a = x * 2
    with torch.enable_grad():
        b = x * 2
    c = x * 2
print(a.requires_grad, b.requires_grad, c.requires_grad)
print(torch.is_grad_enabled())
with torch.no_grad():
    print(torch.is_grad_enabled())
    x.add_(1.0)
print(x, x.requires_grad)
