import torch
from torch.func import grad, grad_and_value


def loss(w, b, x, y):
    return ((x @ w + b - y) ** 2).mean()


w = torch.tensor([[0.5], [-0.25]])
b = torch.tensor([0.1])
xs = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
ys = torch.tensor([[1.0], [2.0], [3.0]])
gw, gb = grad(loss, argnums=(0, 1))(w, b, xs, ys)
print(gw)
print(gb)
print(grad(loss, argnums=1)(w, b, xs, ys))
print(grad(loss, argnums=-1)(w, b, xs, ys))
(gw2,), value = grad_and_value(loss, argnums=(0,))(w, b, xs, ys)
print(gw2, value)
print(grad(grad(lambda t: t ** 3))(torch.tensor(2.0)))
print(grad(grad(grad(lambda t: torch.exp(2 * t))))(torch.tensor(0.0)))
print(grad(grad(lambda t: torch.sin(t) * t))(torch.tensor([0.5]).sum()))
print(grad(lambda t, u: t * u, argnums=-1)(torch.tensor(2.0), torch.tensor(3.0)))
