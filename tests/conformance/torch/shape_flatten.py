import torch
a = torch.arange(24).reshape(2, 3, 4)
print(a.flatten())
print(a.flatten(1).shape, a.flatten(0, 1).shape, a.flatten(start_dim=1, end_dim=-1).shape)
print(torch.flatten(a, 1).shape)
print(torch.tensor(3).flatten())
print(a.ravel().shape)
print(a.transpose(0, 1).flatten()[:6])
print(a.unflatten(2, (2, 2)).shape)
