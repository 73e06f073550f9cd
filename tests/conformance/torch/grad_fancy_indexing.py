import torch
x = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
y = x[[0, 2, 2, 3]]
print(y)
y.sum().backward()
print(x.grad)
m = torch.arange(6.0).reshape(2, 3).requires_grad_()
(m[[0, 1, 1], [2, 0, 0]] * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(m.grad)
n = torch.arange(4.0, requires_grad=True)
n.index_select(0, torch.tensor([3, 3, 0])).sum().backward()
print(n.grad)
