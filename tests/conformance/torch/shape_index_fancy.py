import torch
a = torch.arange(12).reshape(3, 4)
print(a[[0, 2]])
print(a[torch.tensor([2, 0, 2])])
print(a[[0, 1, 2], [3, 2, 1]])
print(a[torch.tensor([[0, 1], [2, 2]])].shape)
print(a[:, [0, 3]])
print(a[[1], :][0])
f = a[[0, 1]]
f[0, 0] = 100
print(a[0, 0])
print(a[torch.tensor([0, 2]), 1:3])
print(a[[-1, -3]])
