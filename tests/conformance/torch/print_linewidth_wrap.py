import torch
print(torch.arange(30.0))
print(torch.arange(40))
print(torch.arange(25.0) / 7)
print(torch.arange(60).reshape(2, 30))
print(torch.arange(20.0).reshape(2, 10) * 1000.5)
print(torch.arange(100, dtype=torch.float64))
