import torch
print(torch.tensor([1.0], requires_grad=True))
torch.tensor([1, 2], requires_grad=True)
