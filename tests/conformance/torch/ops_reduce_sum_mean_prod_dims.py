import torch
x = torch.arange(24.0).reshape(2, 3, 4)
for d in [0, 1, 2, -1]:
    print(d, x.sum(d).shape, x.mean(d, keepdim=True).shape, x.prod(d)[0])
print(x.sum((0, 2)), x.mean([1, 2]))
print(x.sum(dim=(0, 1), keepdim=True).shape)
i = torch.tensor([[1, 2, 3], [4, 5, 6]])
print(i.sum(0), i.sum(1, keepdim=True), i.prod(1), i.sum().dtype)
print(i.sum(dtype=torch.float64), i.prod(0, dtype=torch.float32))
print(torch.tensor([True, True, False]).sum(), torch.tensor([True, True]).prod())
print(i.float().mean(0), i.double().mean(dim=1, keepdim=True))
print(torch.sum(i, 1), torch.mean(i.float(), -1), torch.prod(i))
print(torch.tensor([[1, 2, 3]], dtype=torch.int32).sum(1).dtype)
print(torch.zeros(0, 3).sum(0), torch.zeros(0, 3).mean(0), torch.ones(0).prod())
