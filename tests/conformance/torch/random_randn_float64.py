import torch
torch.manual_seed(0)
print(torch.randn(3, dtype=torch.float64).tolist())
print(torch.randn(1, dtype=torch.float64).item())
print(torch.randn(20, dtype=torch.float64)[:5].tolist())
torch.manual_seed(9)
x = torch.randn(1000, dtype=torch.float64)
print(x[-4:].tolist(), x.sum().item())
