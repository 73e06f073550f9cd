import torch
torch.manual_seed(0)
print(torch.rand(3, dtype=torch.float64))
print(torch.rand(4, dtype=torch.float64).tolist())
torch.manual_seed(7)
x = torch.rand((2, 2), dtype=torch.float64)
print(x)
print(x.dtype)
