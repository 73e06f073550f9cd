import torch
a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0], requires_grad=True)
for y in [a + b, a - b, a * b, a / b, -a, a ** 2, a ** b, 2 ** a, a + 1, 1 - a, 3 / a, a @ b]:
    print(type(y.grad_fn).__name__, y.grad_fn.name())
print((a.sum() * 2).grad_fn.name())
print(abs(a).grad_fn.name())
