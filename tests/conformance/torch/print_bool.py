import torch
print(torch.tensor([True, False, True]))
print(torch.tensor([True, True]))
print(torch.tensor([False]))
print(torch.tensor(False))
print(torch.tensor([[True, False], [False, False]]))
print(torch.arange(6) > 2)
print(torch.zeros(1001, dtype=torch.bool))
