import torch
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.ones(8)
y = F.dropout(x, 0.5, inplace=True)
print(y is x, x)
a = torch.arange(6.0, requires_grad=True)
b = a * 1.0
F.dropout(b, 0.25, training=True, inplace=True)
print(b)
b.sum().backward()
print(a.grad)
z = torch.ones(3)
print(F.dropout(z, 0.5, training=False, inplace=True) is z, z)
