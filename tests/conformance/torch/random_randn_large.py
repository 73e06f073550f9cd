import torch
torch.manual_seed(11)
x = torch.randn(1000)
print(x[:6].tolist())
print(x[-6:].tolist())
print(round(x.sum().item(), 3))
print(torch.randn(10, 100).mean().item() != 0)
