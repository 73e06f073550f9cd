import torch
torch.manual_seed(3)
x = torch.rand(1000)
print(round(x.sum().item(), 2))
print(x[:5].tolist())
print(x[-3:].tolist())
y = torch.rand(1000, dtype=torch.float64)
print(round(y.sum().item(), 6))
print(y[500:503].tolist())
