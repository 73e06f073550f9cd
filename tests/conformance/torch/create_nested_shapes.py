import torch
a = torch.tensor([[[1, 2], [3, 4]], [[5, 6], [7, 8]]])
print(a.shape, a.ndim, a.dim())
print(a.size(), a.size(0), a.size(-1), a.size(1))
print(a)
b = torch.tensor([[1.0, 2.0, 3.0]])
print(b.shape, len(b), b.numel())
print(torch.tensor([[]]).shape, torch.tensor([[], []]).shape)
print(list(a.shape), tuple(a.shape))
