import torch
torch.multinomial(torch.zeros(3), 2, True)
