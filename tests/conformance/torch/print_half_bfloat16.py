import torch
a = torch.tensor([0.1, 0.2, 1.0 / 3.0])
print(a.half())
print(a.bfloat16())
print(torch.tensor([65504.0], dtype=torch.float16))
print(torch.tensor([70000.0], dtype=torch.float16))
print(torch.tensor([1e-5, 1.0], dtype=torch.float16))
print(torch.tensor([3.14159], dtype=torch.bfloat16))
print(a.half().float())
