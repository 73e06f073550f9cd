import torch
a = torch.arange(24).reshape(2, 3, 4)
print(a)
print(a.float() / 4)
print(torch.zeros(2, 1, 2))
print(torch.arange(8).reshape(2, 2, 2, 1))
print(torch.ones(1, 1, 1))
