import torch
torch.randn(3, dtype=torch.int32)
