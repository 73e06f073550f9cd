import torch
a = torch.arange(12).reshape(3, 4)
print(a.narrow(0, 1, 2))
print(a.narrow(1, 0, 2))
print(torch.narrow(a, 1, 2, 2))
n = a.narrow(1, 1, 2)
n[0, 0] = -5
print(a)
print(a.narrow(-1, 3, 1).shape)
print(a.select(1, 2), a.select(0, -1))
print(a.unfold(1, 2, 2).shape)
