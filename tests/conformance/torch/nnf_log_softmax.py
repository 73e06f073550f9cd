import torch
import torch.nn.functional as F
x = torch.tensor([[1.0, 2.0, 3.0], [3.0, 2.0, 1.0]])
print(F.log_softmax(x, dim=1))
print(F.log_softmax(x, dim=0))
print(F.log_softmax(x, dim=1).exp().sum(dim=1))
print(F.log_softmax(torch.tensor([100.0, 0.0, -100.0]), dim=0))
