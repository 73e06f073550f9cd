import torch
print(torch.full((2, 3), 7))
print(torch.full((2, 3), 7).dtype)
print(torch.full((2,), 1.5))
print(torch.full((2,), True))
print(torch.full((2, 2), 3, dtype=torch.float64))
print(torch.full([3], -0.5))
print(torch.full((), 4.0))
print(torch.full((1, 2), float("nan")))
