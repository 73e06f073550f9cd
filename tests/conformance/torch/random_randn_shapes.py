import torch
torch.manual_seed(4)
print(torch.randn(2, 3))
print(torch.randn((3, 2)))
print(torch.randn(2, 2, 2))
print(torch.randn(0))
print(torch.randn(()).shape)
