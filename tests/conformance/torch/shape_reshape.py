import torch
a = torch.arange(6)
print(a.reshape(2, 3))
print(a.reshape((3, -1)))
print(torch.reshape(a, (1, 6)).shape)
r = a.reshape(2, 3)
r[0, 0] = 9
print(a)
t = r.t()
s = t.reshape(6)
s[0] = -1
print(r)
print(a.reshape(-1, 1, 2).shape)
print(r.reshape_as(torch.zeros(3, 2)))
