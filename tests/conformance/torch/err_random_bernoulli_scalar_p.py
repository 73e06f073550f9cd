import torch
torch.empty(3).bernoulli_(1.5)
