import torch
torch.manual_seed(0)
p = torch.tensor([0.1, 0.2, 0.3, 0.4])
print(torch.multinomial(p, 10, replacement=True))
print(torch.multinomial(torch.tensor([[1.0, 3.0], [5.0, 1.0]]), 6, True))
print(torch.multinomial(torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64), 8, True))
x = torch.multinomial(torch.ones(7), 1000, True)
print(torch.bincount(x).tolist() if hasattr(torch, 'bincount') else None)
print(x[:12].tolist())
