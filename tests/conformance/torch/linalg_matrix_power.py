import torch
A = torch.tensor([[1.0, 1.0], [1.0, 0.0]])
for n in range(0, 9):
    print(n, torch.linalg.matrix_power(A, n))
print(torch.matrix_power(A, 3))
print(A.matrix_power(4))
B = torch.tensor([[2.0, 1.0], [1.0, 1.0]])
print(torch.linalg.matrix_power(B, -1))
print(torch.linalg.matrix_power(B, -3))
print(torch.linalg.matrix_power(torch.stack([A, B]), 5))
X = torch.tensor([[0.5, 0.2], [0.1, 0.9]], requires_grad=True)
Y = torch.linalg.matrix_power(X, 5)
print(Y)
Y.sum().backward()
print(X.grad)
X.grad = None
torch.linalg.matrix_power(X, -2).sum().backward()
print(X.grad)
print(torch.linalg.matrix_power(X, 1).grad_fn.name())
