import torch
torch.poisson(torch.tensor([1.0, -1.0]))
