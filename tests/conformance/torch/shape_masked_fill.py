import torch
a = torch.arange(6.0).reshape(2, 3)
mask = a > 2
print(a.masked_fill(mask, -1.0))
print(a.masked_fill(mask, float("-inf")))
print(a)
a.masked_fill_(a < 1, 100)
print(a)
print(torch.arange(3).masked_fill(torch.tensor([True, False, True]), 9))
print(a.masked_fill(torch.tensor([True, False, False]), 0.5))
print(torch.masked_select(a, a > 4))
m = torch.zeros(2, 2)
m.masked_scatter_(torch.tensor([[True, False], [False, True]]), torch.tensor([7.0, 8.0]))
print(m)
