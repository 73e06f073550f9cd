import torch
x = torch.zeros(2, 3)
torch.manual_seed(0)
print(torch.rand_like(x))
print(torch.randn_like(x))
print(torch.randint_like(x, 10))
print(torch.randint_like(x, 5, 10))
print(torch.rand_like(x, dtype=torch.float64))
print(torch.randint_like(torch.zeros(3, dtype=torch.int64), 100))
