import torch
torch.manual_seed(0)
x = torch.randn(16)
print(x)
print(x.tolist())
torch.manual_seed(5)
print(torch.randn(4, 4).tolist())
