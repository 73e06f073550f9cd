import torch
print(torch.arange(0, 1, 0.25))
print(torch.arange(1, 0, -0.25))
print(torch.arange(0, 1, 0.1).shape, torch.arange(0, 1, 0.1)[-1])
print(torch.arange(5, dtype=torch.float64))
print(torch.arange(0.5, 3))
print(torch.arange(-3, 3, 2))
print(torch.arange(10, 0, -3))
print(torch.arange(0, 2.5, dtype=torch.int32))
print(torch.arange(3, 3), torch.arange(3, 3).dtype)
print(torch.arange(1.0, 4.0).dtype, torch.arange(1, 4).dtype)
print(torch.arange(0, 6, 2, dtype=torch.float32))
for bad in [(0, 5, 0), (5, 0, 1), (0, 5, -1)]:
    try:
        torch.arange(*bad)
    except RuntimeError as e:
        print("RuntimeError:", e)
