import torch
print(torch.eye(3))
print(torch.eye(2, 3))
print(torch.eye(3, 2, dtype=torch.int64))
print(torch.eye(1))
print(torch.eye(2, dtype=torch.bool))
print(torch.eye(0).shape)
