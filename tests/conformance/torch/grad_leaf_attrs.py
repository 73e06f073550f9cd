import torch
a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0])
c = a * b
print(a.requires_grad, a.is_leaf, a.grad_fn, a.grad)
print(b.requires_grad, b.is_leaf, b.grad_fn)
print(c.requires_grad, c.is_leaf, c.grad_fn is None)
d = b * 2
print(d.requires_grad, d.is_leaf, d.grad_fn)
e = a.detach()
print(e.requires_grad, e.is_leaf)
f = torch.zeros(2).requires_grad_()
print(f.requires_grad, f.is_leaf, f)
f.requires_grad_(False)
print(f.requires_grad)
