import torch
a = torch.tensor([[1.0, -2.0, 3.0], [-4.0, 5.0, -6.0]])
mask = a > 0
print(mask)
print(a[mask])
print(a[a < 0])
print(a[torch.tensor([True, False])])
print(a[:, torch.tensor([False, True, True])])
print(a[mask].shape, a[a > 100].shape)
print(a[a > 100])
x = torch.arange(5)
print(x[x % 2 == 0])
print(a[torch.tensor(True)].shape)
