import torch
print(torch.arange(1001))
print(torch.arange(1000))
print(torch.arange(2000.0))
print(torch.arange(1500) * 0.5)
print(torch.ones(1001, dtype=torch.bool))
