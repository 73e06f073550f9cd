import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 2
d = y.detach()
print(d, d.requires_grad, d.is_leaf, d.grad_fn)
z = (x * d).sum()
z.backward()
print(x.grad)
d[0] = 100.0
print(y)
w = x.detach().requires_grad_()
(w * w).sum().backward()
print(w.grad, x.grad)
print(torch.tensor(1.0, requires_grad=True).detach())
