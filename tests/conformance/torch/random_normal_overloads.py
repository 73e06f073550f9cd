import torch
torch.manual_seed(0)
print(torch.normal(2.0, 3.0, (4,)))
print(torch.normal(torch.arange(4.0), torch.ones(4)))
print(torch.normal(torch.zeros(3), 2.0))
print(torch.normal(1.0, torch.tensor([1.0, 2.0, 3.0])))
print(torch.normal(torch.zeros(2, 1), torch.ones(3)))
print(torch.normal(0.0, 1.0, size=(2, 2)))
