import torch
print(torch.tensor([5.0]).item())
torch.tensor([1.0, 2.0]).item()
