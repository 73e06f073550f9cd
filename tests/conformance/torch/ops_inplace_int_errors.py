import torch
a = torch.tensor([1, 2, 3])
try:
    a.add_(1.5)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    a.div_(2)
except RuntimeError as e:
    print("RuntimeError:", e)
a.mul_(2)
print(a)
f = torch.tensor([1.0, 2.0])
f.add_(torch.tensor([1, 1]))
print(f)
try:
    a += torch.tensor([0.5, 0.5, 0.5])
except RuntimeError as e:
    print("RuntimeError:", e)
print(a)
