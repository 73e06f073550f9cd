import torch
torch.empty(3).exponential_(-1)
