import torch
import torch.nn.functional as F
labels = torch.tensor([0, 2, 1, 2])
print(F.one_hot(labels))
print(F.one_hot(labels, num_classes=5))
print(F.one_hot(torch.tensor([[0, 1], [1, 0]]), 3).shape)
print(F.one_hot(labels).dtype)
try:
    F.one_hot(labels, num_classes=2)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    F.one_hot(torch.tensor([-1, 0]))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    F.one_hot(torch.tensor([0.0, 1.0]))
except RuntimeError as e:
    print("RuntimeError:", e)
