import torch
A = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.5]], dtype=torch.float64, requires_grad=True)
b = torch.tensor([1.0, 2.0, 2.5], dtype=torch.float64, requires_grad=True)
x = torch.linalg.lstsq(A, b).solution
print(x)
(x * torch.tensor([1.0, -2.0], dtype=torch.float64)).sum().backward()
print(A.grad)
print(b.grad)
W = torch.tensor([[1.0, 2.0, 0.5], [3.0, 4.5, 1.0]], dtype=torch.float64, requires_grad=True)
c = torch.tensor([[1.0], [2.0]], dtype=torch.float64, requires_grad=True)
y = torch.linalg.lstsq(W, c).solution
print(y)
y.pow(2).sum().backward()
print(W.grad)
print(c.grad)
