import torch
a = torch.arange(12)
print(a.view(3, 4).shape)
a.view(5, -1)
