import torch
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.ones(8, requires_grad=True)
y = F.dropout(x, 0.5)
print(y)
y.sum().backward()
print(x.grad)
w = torch.arange(6.0, requires_grad=True)
z = F.dropout(w * 2, 0.2)
print(z)
(z * z).sum().backward()
print(w.grad)
