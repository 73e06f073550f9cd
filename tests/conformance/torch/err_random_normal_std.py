import torch
torch.empty(3).normal_(0, -1)
