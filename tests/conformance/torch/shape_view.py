import torch
a = torch.arange(12)
v = a.view(3, 4)
print(v)
print(a.view(2, -1).shape, a.view(-1).shape, a.view(2, 2, 3).shape)
print(a.view((4, 3)).shape)
v[0, 0] = 100
print(a[:3])
print(v.data_ptr() == a.data_ptr())
print(a.view(12, 1).shape, a.view(3, -1).stride())
print(v.view_as(torch.zeros(6, 2)).shape)
print(torch.tensor(5).view(1), torch.tensor([5]).view(()))
