import torch
print(torch.linspace(0, 1, 5))
print(torch.linspace(-1, 1, steps=3))
print(torch.linspace(0, 1, 5).dtype)
print(torch.linspace(0, 10, 4))
print(torch.linspace(2, 2, 1))
print(torch.linspace(0, 1, 3, dtype=torch.float64))
print(torch.linspace(1, 0, 6))
print(torch.linspace(0, 1, 0))
