import torch
torch.manual_seed(5)
x = torch.normal(1.5, 0.5, (100,))
print(x[:4].tolist(), x[-2:].tolist())
y = torch.normal(torch.arange(20.0), torch.full((20,), 0.1))
print(y[:4].tolist())
