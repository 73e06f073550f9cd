# In-place ops on non-leaf tensors whose backward needs the values from before the write.
import torch
import torch.nn.functional as F

x = torch.tensor([0.5, -1.0, 2.0, 3.0], requires_grad=True)
t = torch.tensor([2.0, 4.0, -1.0, 0.5], requires_grad=True)

y = x * 2
y.div_(t)
print(y)
y.sum().backward()
print(x.grad, t.grad)

x.grad = None
t.grad = None
y = x * 3
y.clamp_(-1.0, 4.0)
print(y)
y.sum().backward()
print(x.grad)

# `y.mul_(y)`: the other operand is the written tensor itself; PyTorch saves it as is and backward fails.
x.grad = None
y = x + 1
y.mul_(y)
print(y)
try:
    y.sum().backward()
except RuntimeError as e:
    print("RuntimeError:", str(e)[:80])

x.grad = None
y = x * 1.5
y.pow_(2)
y.sin_()
print(y)
y.sum().backward()
print(x.grad)

x.grad = None
y = x - 1
F.relu(y, inplace=True)
print(y)
y.sum().backward()
print(x.grad)

x.grad = None
y = x * 2
y /= t
y += 1
print(y)
y.sum().backward()
print(x.grad, t.grad)

# The write is still caught when an earlier op saved the overwritten values.
x.grad = None
y = x * 2
z = y.exp()
z.mul_(2)
w = z * y
y.add_(1)
try:
    w.sum().backward()
except RuntimeError as e:
    print("RuntimeError:", str(e)[:80])
