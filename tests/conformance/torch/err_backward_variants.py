import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 2
try:
    y.backward()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    y.backward(torch.ones(3))
except RuntimeError as e:
    print("RuntimeError:", e)
c = torch.tensor([1.0, 2.0])
try:
    c.sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
with torch.no_grad():
    z = (x * 3).sum()
try:
    z.backward()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    x.numpy()
except RuntimeError as e:
    print("RuntimeError:", e)
