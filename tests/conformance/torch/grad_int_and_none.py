import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = torch.tensor([3.0, 4.0], requires_grad=True)
z = torch.tensor([5.0, 6.0])
(x * z).sum().backward()
print(x.grad, y.grad, z.grad)
h = x * 2
(h * 3).sum().backward()
print(h.grad is None)
idx = x.argmax()
print(idx.requires_grad, idx.grad_fn)
print((x > 1).requires_grad)
print(x.long().requires_grad, x.float().requires_grad, x.double().grad_fn.name())
