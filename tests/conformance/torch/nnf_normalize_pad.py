import torch
import torch.nn.functional as F
x = torch.tensor([[3.0, 4.0], [1.0, 0.0]])
print(F.normalize(x, dim=1))
print(F.normalize(x, p=1, dim=0))
print(F.pad(torch.tensor([1, 2, 3]), (1, 2)))
print(F.pad(x, (1, 0, 0, 1), value=9.0))
print(F.cosine_similarity(torch.tensor([[1.0, 0.0]]), torch.tensor([[1.0, 1.0]])))
