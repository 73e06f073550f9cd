import torch
torch.manual_seed(0)
x = torch.zeros(4, 5).t()
x.normal_()
print(x)
y = torch.zeros(20)
y.normal_()
torch.manual_seed(0)
z = torch.zeros(20)[::1]
z.normal_()
print(torch.equal(x.t().reshape(-1), y), y[:3].tolist())
