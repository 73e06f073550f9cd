import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 3
d = y.detach()
print(d.requires_grad, d.is_leaf, d.grad_fn)
d[0] = 100.0
print(y)
z = x * 2
z.detach_()
print(z.requires_grad, z.is_leaf, z.grad_fn)
w = x.detach().clone()
w += 1
print(w, x)
u = (x * x).sum()
u.backward()
print(x.grad)
