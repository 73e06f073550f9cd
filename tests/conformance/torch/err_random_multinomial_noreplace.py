import torch
print(torch.multinomial(torch.tensor([1.0, 1.0, 0.0]), 2).shape)
torch.multinomial(torch.tensor([1.0, 1.0, 0.0]), 4)
