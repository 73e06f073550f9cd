import torch
# numel < 16 draws cache their second Box-Muller sample in the generator
torch.manual_seed(0)
a = torch.randn(1)
b = torch.randn(1)
print(a.item(), b.item())
torch.manual_seed(0)
print(torch.randn(2).tolist())
torch.manual_seed(0)
a = torch.randn(1)
torch.manual_seed(0)
print(torch.randn(1).item() == a.item())
