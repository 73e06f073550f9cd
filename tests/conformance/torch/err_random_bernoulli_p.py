import torch
torch.bernoulli(torch.tensor([1.5, 0.2]))
