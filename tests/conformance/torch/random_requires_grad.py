import torch
torch.manual_seed(0)
x = torch.rand(3, requires_grad=True)
print(x)
y = (x * 2).sum()
y.backward()
print(x.grad)
z = torch.randn(2, 2, requires_grad=True, dtype=torch.float64)
print(z.requires_grad, z.is_leaf, z.dtype)
with torch.no_grad():
    x.uniform_(0, 1)
print(x)
