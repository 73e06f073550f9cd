import torch
from torch.func import grad, grad_and_value


def f(x):
    return (x ** 2 + 3 * x).sum()


x = torch.tensor([1.0, 2.0, 3.0])
print(grad(f)(x))
print(x.grad, x.requires_grad)
g, v = grad_and_value(f)(x)
print(g, v)
print(grad(lambda t: torch.sin(t))(torch.tensor(0.5)))
print(grad(lambda t: (torch.exp(t) * t).sum())(torch.tensor([0.0, 1.0], dtype=torch.float64)))
print(grad(lambda t: torch.tensor(3.0))(torch.tensor(1.0)))
print(grad(lambda t: (t > 0).sum())(torch.tensor(1.0)))
print(grad(lambda t: (t * t).sum().item() * t.sum())(torch.tensor([1.0, 2.0])))
