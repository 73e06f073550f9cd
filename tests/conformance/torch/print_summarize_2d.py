import torch
print(torch.arange(1200).reshape(40, 30))
print(torch.arange(2000.0).reshape(2, 1000))
print(torch.arange(1100).reshape(1100, 1))
print(torch.zeros(10, 101))
