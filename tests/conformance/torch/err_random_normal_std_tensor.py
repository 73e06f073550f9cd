import torch
torch.normal(torch.zeros(2), torch.tensor([-1.0, 1.0]))
