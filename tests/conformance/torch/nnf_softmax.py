import torch
import torch.nn.functional as F
x = torch.tensor([[1.0, 2.0, 3.0], [3.0, 2.0, 1.0]])
print(F.softmax(x, dim=1))
print(F.softmax(x, dim=0))
print(F.softmax(x, dim=-1).sum(-1))
print(F.softmin(x, dim=1))
print(F.softmax(torch.tensor([0.0, 0.0]), dim=0))
