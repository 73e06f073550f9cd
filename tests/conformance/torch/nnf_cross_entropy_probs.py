import torch
import torch.nn.functional as F
logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]])
probs = torch.tensor([[0.7, 0.2, 0.1], [0.0, 1.0, 0.0]])
print(F.cross_entropy(logits, probs))
print(F.cross_entropy(logits, probs, reduction="none"))
print(F.cross_entropy(logits, probs, reduction="sum"))
print(F.cross_entropy(logits, torch.tensor([[0.0, 1.0, 0.0], [0.0, 1.0, 0.0]])))
print(F.cross_entropy(logits, torch.tensor([1, 1])))
