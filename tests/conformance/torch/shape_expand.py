import torch
a = torch.tensor([[1], [2], [3]])
e = a.expand(3, 4)
print(e)
print(e.shape, e.stride(), e.is_contiguous())
print(a.expand(-1, 2))
print(torch.tensor([1, 2]).expand(2, 2, 2).shape)
print(a.expand_as(torch.zeros(3, 5)).shape)
a[0, 0] = 10
print(e[0])
b, c = torch.broadcast_tensors(torch.tensor([1, 2]), torch.tensor([[0], [10]]))
print(b, c)
print(torch.broadcast_shapes((2, 1), (1, 3)))
