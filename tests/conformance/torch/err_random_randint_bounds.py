import torch
print(torch.randint(0, 3, (2,)).shape)
torch.randint(5, 5, (3,))
