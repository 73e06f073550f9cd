import torch
A = torch.tensor([[4.0, 2.0, 0.6], [2.0, 5.0, 1.0], [0.6, 1.0, 3.0]])
L = torch.linalg.cholesky(A)
print(L)
print(L @ L.T)
print(torch.linalg.cholesky(A, upper=True))
print(torch.linalg.cholesky_ex(A))
B = torch.stack([A, 2 * A])
print(torch.linalg.cholesky(B))
X = A.clone().double().requires_grad_()
L = torch.linalg.cholesky(X)
L.sum().backward()
print(X.grad)
X.grad = None
(torch.linalg.cholesky(X, upper=True) * torch.tensor([[1.0, 2.0, -1.0], [0.0, 3.0, 0.5], [0.0, 0.0, 2.0]], dtype=torch.float64)).sum().backward()
print(X.grad)
X.grad = None
W = torch.tensor([[1.0, 0.0, 0.0], [2.0, -1.0, 0.0], [0.5, 3.0, 1.0]], dtype=torch.float64)
(torch.linalg.cholesky(X) * W).sum().backward()
print(X.grad)
for M in [torch.tensor([[1.0, 2.0], [2.0, 1.0]]), torch.tensor([[-1.0, 0.0], [0.0, 1.0]]), torch.stack([torch.eye(2), -torch.eye(2)])]:
    try:
        torch.linalg.cholesky(M)
    except torch.linalg.LinAlgError as e:
        print(type(e).__name__, e)
