import torch
torch.manual_seed(0)
print(torch.randint(0, 10, (5,)))
print(torch.randint(10, (5,)))
print(torch.randint(-5, 5, (2, 3)))
print(torch.randint(3, 4, (3,)))
torch.manual_seed(1)
x = torch.randint(0, 100, (1000,))
print(x.sum().item(), x[:8].tolist())
