import torch
torch.manual_seed(0)
print(torch.empty(4).normal_(1.7, 2.3).tolist())
print(torch.empty(20).normal_(1.7, 2.3)[:4].tolist())
print(torch.empty(20, dtype=torch.float64).normal_(-1.0, 0.5)[-3:].tolist())
print(torch.empty(3, dtype=torch.float64).normal_(-1.0, 0.5).tolist())
x = torch.zeros(8, 4).t()
x.normal_()
print(x)
