import torch
import torch.nn.functional as F
y = torch.tensor([0, 2, 1, 2])
print(F.one_hot(y))
print(F.one_hot(y, num_classes=4))
print(F.one_hot(y).dtype, F.one_hot(y).shape)
print(F.one_hot(torch.tensor([[0, 1], [1, 0]]), 3).shape)
print(F.one_hot(torch.tensor(1), 3))
print(F.one_hot(y, 3).float())
