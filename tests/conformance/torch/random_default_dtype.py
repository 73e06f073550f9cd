import torch
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
x = torch.rand(3)
print(x.dtype, x.tolist())
print(torch.randn(2).tolist())
torch.set_default_dtype(torch.float32)
print(torch.rand(2).dtype)
