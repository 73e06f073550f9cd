import torch
import torch.nn.functional as F
x = torch.tensor([[1.0, 2.0, 3.0]], requires_grad=True)
w = torch.tensor([[0.2, -1.0, 0.5]])
(F.softmax(x, dim=1) * w).sum().backward()
print(x.grad)
x.grad = None
(F.log_softmax(x, dim=1) * w).sum().backward()
print(x.grad)
