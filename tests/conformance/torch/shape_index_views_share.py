import torch
a = torch.arange(10.0)
s = a[2:5]
s[0] = -1
print(a)
s += 10
print(a)
r = a[::3]
r.mul_(0)
print(a)
m = torch.zeros(3, 3)
m[1] = 5
m[:, 2] = torch.tensor([1.0, 2.0, 3.0])
print(m)
row = m[0]
row.fill_(9)
print(m)
print(s._base is a if hasattr(s, "_base") else None, s.is_contiguous())
