import torch
import torch.nn.functional as F
logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3], [1.0, 1.0, 1.0]])
y = torch.tensor([0, 1, 2])
print(F.cross_entropy(logits, y))
print(F.cross_entropy(logits, y, reduction="none"))
print(F.cross_entropy(logits, y, reduction="sum"))
print(F.cross_entropy(logits, torch.tensor([0, -100, 2])))
print(F.cross_entropy(logits, y, label_smoothing=0.1))
print(F.cross_entropy(logits, y, weight=torch.tensor([1.0, 0.5, 2.0])))
print(F.cross_entropy(torch.tensor([1.0, 2.0, 3.0]), torch.tensor(2)))
