import torch
x = torch.tensor([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]])
print(torch.softmax(x, dim=1))
print(torch.softmax(x, dim=0))
print(x.softmax(-1))
print(torch.softmax(x, dim=1).sum(dim=1))
print(torch.softmax(torch.tensor([1000.0, 1000.0]), dim=0))
print(torch.softmax(torch.tensor([1, 2, 3]).float(), 0))
print(torch.softmax(x, dim=1, dtype=torch.float64))
