import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x.exp()
y.add_(1)
try:
    y.sum().backward()
except RuntimeError as e:
    print("RuntimeError:", str(e).split(";")[0])
a = torch.tensor([0.5, 1.5], requires_grad=True)
b = a * 1
c = b * b
b.mul_(2)
try:
    c.sum().backward()
except RuntimeError as e:
    print("RuntimeError:", str(e).split(";")[0])
w = torch.tensor([1.0], requires_grad=True)
try:
    w.add_(1)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    w[0] = 2.0
except RuntimeError as e:
    print("RuntimeError:", e)
