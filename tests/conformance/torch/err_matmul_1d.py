import torch
torch.matmul(torch.ones(3), torch.ones(4))
