import torch
U = torch.tensor([[2.0, 1.0, -1.0], [0.0, 3.0, 2.0], [0.0, 0.0, 4.0]])
L = U.T.contiguous()
B = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
print(torch.linalg.solve_triangular(U, B, upper=True))
print(torch.linalg.solve_triangular(L, B, upper=False))
print(torch.linalg.solve_triangular(U, B, upper=True, unitriangular=True))
print(torch.linalg.solve_triangular(U, B.T, upper=True, left=False))
print(torch.linalg.solve_triangular(U + torch.tril(torch.ones(3, 3), -1), B, upper=True))
X = U.clone().double().requires_grad_()
Y = B.clone().double().requires_grad_()
Z = torch.linalg.solve_triangular(X, Y, upper=True)
print(Z.grad_fn.name())
(Z * torch.tensor([[1.0, -1.0], [2.0, 0.5], [0.0, 3.0]], dtype=torch.float64)).sum().backward()
print(X.grad)
print(Y.grad)
X.grad = None
Y.grad = None
torch.linalg.solve_triangular(X, Y.T, upper=True, left=False).pow(2).sum().backward()
print(X.grad)
print(Y.grad)
X.grad = None
torch.linalg.solve_triangular(X, Y, upper=True, unitriangular=True).sum().backward()
print(X.grad)
