import torch
for d in [torch.float32, torch.float64, torch.int64, torch.int32, torch.bool, torch.float16, torch.uint8]:
    print(torch.zeros((), dtype=d), torch.ones(0, dtype=d))
print(torch.zeros(2, 0), torch.zeros(0, 3, dtype=torch.int64))
print(torch.zeros(0, 2, 3).shape, torch.zeros(0, 2, 3))
print(torch.tensor([]), torch.tensor([]).dtype, torch.tensor([[]]))
print(torch.tensor(2.5).shape, torch.tensor(2.5).dim(), torch.tensor([]).numel())
print(torch.zeros(1, 0, requires_grad=True))
print(repr(torch.tensor(1.5)), str(torch.tensor(-2)))
print(torch.tensor(1e-6), torch.tensor(1e6), torch.tensor(123.456))
