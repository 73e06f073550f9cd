import torch
for dt in [torch.float32, torch.float64, torch.float16, torch.int64, torch.int32, torch.uint8, torch.bool, torch.int8, torch.int16]:
    t = torch.tensor([0, 1, 2], dtype=dt)
    print(dt, t)
print(torch.tensor([1.7, -1.7], dtype=torch.int64))
print(torch.tensor([1, 2], dtype=torch.float64))
print(torch.tensor([0.0, 2.5], dtype=torch.bool))
print(torch.tensor(3, dtype=torch.float32))
