import torch
import torch.nn.functional as F
x = torch.tensor([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]], requires_grad=True)
w = torch.tensor([[1.0, 0.0, -1.0], [2.0, 0.5, 0.0]])
for dim in [0, 1, -1]:
    x.grad = None
    s = F.softmax(x, dim=dim)
    (s * w).sum().backward()
    print(dim, s, x.grad)
for dim in [0, 1]:
    x.grad = None
    ls = F.log_softmax(x, dim=dim)
    (ls * w).sum().backward()
    print(dim, ls, x.grad)
print(torch.softmax(x, 1).sum(dim=1))
