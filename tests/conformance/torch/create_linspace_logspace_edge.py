import torch
print(torch.linspace(0, 1, 1), torch.linspace(0, 1, 0))
print(torch.linspace(5, -5, 5))
print(torch.linspace(0, 1, 4, dtype=torch.float64))
print(torch.linspace(-1, 1, 3).dtype)
print(torch.logspace(0, 3, 4))
print(torch.logspace(1, -1, 3))
print(torch.logspace(0, 4, 5, base=2.0))
print(torch.logspace(0, 2, 3, dtype=torch.float64))
print(torch.logspace(0, 1, 1), torch.logspace(0, 1, 0))
print(torch.logspace(0, 2, 3, dtype=torch.int64))
print(torch.logspace(0, 1, 3, requires_grad=True))
try:
    torch.linspace(0, 1, -1)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.logspace(0, 1, -2)
except RuntimeError as e:
    print("RuntimeError:", e)
