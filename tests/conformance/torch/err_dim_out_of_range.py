import torch
a = torch.ones(2, 3)
print(a.sum(1))
a.sum(2)
