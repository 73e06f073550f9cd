import torch
w = torch.tensor([1.0, 2.0])
print(w.requires_grad, w.is_leaf, w.grad_fn)
w.requires_grad_()
print(w.requires_grad)
y = (w * w).sum()
print(y.requires_grad, y.grad_fn.name())
w.requires_grad_(False)
z = (w * w).sum()
print(z.requires_grad, z.grad_fn)
y.backward()
print(w.grad)
i = torch.tensor([1, 2])
try:
    i.requires_grad_()
except RuntimeError as e:
    print("RuntimeError:", e)
nl = torch.tensor([1.0], requires_grad=True) * 2
try:
    nl.requires_grad_(False)
except RuntimeError as e:
    print("RuntimeError:", e)
