import torch
print(torch.arange(1008).reshape(7, 8, 18))
print(torch.arange(24).reshape(2, 3, 4) * 1.5)
