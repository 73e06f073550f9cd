import torch
torch.manual_seed(0)
print(torch.rand(2, 3, dtype=torch.float16))
print(torch.rand(4, dtype=torch.bfloat16))
print(torch.randn(3, dtype=torch.float16))
print(torch.randn(4, dtype=torch.bfloat16))
print(torch.randint(0, 10, (4,), dtype=torch.float16))
print(torch.rand(5, dtype=torch.float16).tolist())
