import torch
a = torch.arange(12).reshape(3, 4)
print(torch.index_select(a, 0, torch.tensor([2, 0])))
print(a.index_select(1, torch.tensor([3, 3, 1])))
print(a.index_select(0, torch.tensor([1])).shape)
s = a.index_select(0, torch.tensor([0]))
s[0, 0] = 100
print(a[0, 0])
print(torch.arange(5.0).index_select(0, torch.tensor([4, 0, 4])))
print(a.index_select(1, torch.tensor([], dtype=torch.int64)).shape)
