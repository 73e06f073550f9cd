import torch
a = torch.arange(20.0)
torch.set_printoptions(linewidth=40)
print(a)
print(torch.arange(30).reshape(3, 10))
torch.set_printoptions(linewidth=200)
print(torch.arange(50.0))
torch.set_printoptions(linewidth=80)
print(a)
