import torch
torch.manual_seed(0)
x = torch.empty(5)
x.uniform_(-3.3, 7.1)
print(x)
print(x.tolist())
print(torch.empty(3, dtype=torch.float64).uniform_(2, 4).tolist())
print(torch.zeros(40).uniform_(-1, 1)[-3:].tolist())
print(torch.zeros(2).uniform_())
