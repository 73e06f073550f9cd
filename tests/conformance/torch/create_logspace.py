import torch
print(torch.logspace(0, 2, 3))
print(torch.logspace(0, 3, 4, base=2))
print(torch.logspace(-2, 0, 3))
print(torch.logspace(0, 1, 5, dtype=torch.float64))
print(torch.logspace(0, 1, 2).dtype)
