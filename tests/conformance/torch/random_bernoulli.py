import torch
torch.manual_seed(0)
print(torch.bernoulli(torch.full((20,), 0.5)))
print(torch.bernoulli(torch.tensor([0.0, 1.0, 0.3, 0.9])))
print(torch.bernoulli(torch.full((6,), 0.5, dtype=torch.float64)))
print(torch.bernoulli(torch.zeros(5), 0.7))
print(torch.full((2, 3), 0.4).bernoulli())
x = torch.rand(1000)
print(torch.bernoulli(x).sum().item())
