import torch
print(torch.tensor([1, 2]).float().mean())
torch.tensor([1, 2]).mean()
