import torch
a = torch.arange(6).reshape(2, 3)
print(a.is_contiguous(), a.t().is_contiguous())
c = a.t().contiguous()
print(c.is_contiguous(), c.stride(), a.t().stride())
print(a.contiguous() is a)
c[0, 0] = 99
print(a[0, 0])
print(a[:, ::2].is_contiguous(), a[::2].is_contiguous())
print(a[1:].is_contiguous(), a[1:].storage_offset())
print(a.t().contiguous().view(-1))
print(torch.zeros(3, 1).t().is_contiguous())
