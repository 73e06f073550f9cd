import torch
torch.multinomial(torch.tensor([1.0, -1.0, 0.5]), 1)
