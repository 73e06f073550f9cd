import torch
x = torch.arange(10.0).reshape(2, 5)
parts = x.split(2, dim=1)
print(len(parts), [p.shape for p in parts])
print(x.split([1, 4], dim=1))
print(x.chunk(3, dim=1), torch.chunk(x, 2))
print(torch.split(torch.arange(5), 2))
u = x.unbind(1)
print(len(u), u[-1], u[0]._base is x)
a, b = x.chunk(2)
a[0, 0] = 100.0
print(x[0, 0], a.is_contiguous(), x.split(2, 1)[1].is_contiguous())
print(x.narrow(1, 1, 3), x.narrow(0, -1, 1))
print(torch.arange(6).view(2, 3).unbind(-1))
print(torch.zeros(0, 2).unbind(0), torch.zeros(3, 0).chunk(2))
try:
    x.split([1, 1], dim=1)
except RuntimeError as e:
    print("RuntimeError:", e)
