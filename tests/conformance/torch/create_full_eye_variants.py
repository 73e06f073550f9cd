import torch
print(torch.full((2, 2), True))
print(torch.full((3,), -1))
print(torch.full((2,), 2.5, dtype=torch.float64))
print(torch.full((2,), 7, dtype=torch.float32))
print(torch.full((1, 3), 1.9, dtype=torch.int32))
print(torch.full([], 4.0))
print(torch.full((0, 2), 3))
print(torch.eye(2, 3))
print(torch.eye(3, 1, dtype=torch.int64))
print(torch.eye(2, dtype=torch.bool))
print(torch.eye(0).shape, torch.eye(1))
print(torch.full_like(torch.zeros(2, dtype=torch.int64), 3.7))
print(torch.full_like(torch.zeros(2), 3, dtype=torch.float64))
print(torch.ones(2, 3, dtype=torch.int8), torch.zeros(2, dtype=torch.bool))
try:
    torch.zeros(2, -1)
except RuntimeError as e:
    print("RuntimeError:", e)
