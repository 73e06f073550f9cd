import torch
v = torch.tensor([3., 1., 3.], requires_grad=True)
u = torch.unique(v)
print(u, u.requires_grad, u.is_leaf)
try:
    u.sum().backward()
except Exception as e:
    print(type(e).__name__, e)
print(torch.unique(v, return_counts=True, return_inverse=True))
with torch.no_grad():
    print(torch.unique(v))
