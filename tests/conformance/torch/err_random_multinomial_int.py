import torch
torch.multinomial(torch.tensor([1, 1, 0]), 1)
