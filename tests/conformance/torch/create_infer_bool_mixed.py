import torch
print(torch.tensor([True, False]))
print(torch.tensor([True, False]).dtype)
print(torch.tensor([True, 2]).dtype, torch.tensor([True, 2]))
print(torch.tensor([1, 2.5]).dtype, torch.tensor([1, 2.5]))
print(torch.tensor([False, 0.5]))
print(torch.tensor([[1, 2], [3.0, 4]]))
print(torch.tensor(True), torch.tensor(True).dtype)
print(torch.tensor([1 + 2j, 3]).dtype)
