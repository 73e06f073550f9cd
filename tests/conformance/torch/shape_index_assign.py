import torch
a = torch.zeros(3, 4)
a[0, 1] = 1.0
a[1] = torch.tensor([1.0, 2.0, 3.0, 4.0])
a[2, 1:3] = 7
print(a)
a[a > 3] = -1
print(a)
a[[0, 2], [0, 3]] = torch.tensor([5.0, 6.0])
print(a)
a[:, 0] += 10
print(a)
b = torch.arange(5)
b[torch.tensor([True, False, True, False, True])] = 0
print(b)
b[b == 0] = torch.tensor([7, 8, 9])
print(b)
c = torch.zeros(2, 2, dtype=torch.int64)
c[0] = 3.7
print(c)
