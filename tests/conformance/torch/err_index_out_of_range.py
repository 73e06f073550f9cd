import torch
a = torch.arange(5)
print(a[4])
a[5]
