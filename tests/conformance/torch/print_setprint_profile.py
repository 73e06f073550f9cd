import torch
a = torch.arange(10.0) / 3
torch.set_printoptions(profile="short")
print(a)
print(torch.arange(200))
torch.set_printoptions(profile="full")
print(torch.arange(1100).reshape(11, 100)[:, :3])
print(a)
torch.set_printoptions(profile="default")
print(a)
print(torch.arange(1200))
