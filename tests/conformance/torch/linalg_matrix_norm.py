import torch
A = torch.tensor([[1.0, -2.0, 3.0], [-4.0, 5.0, -6.0]])
for o in ['fro', 'nuc', 1, -1, 2, -2, float('inf'), float('-inf')]:
    print(o, torch.linalg.matrix_norm(A, ord=o))
print(torch.linalg.matrix_norm(A, keepdim=True))
print(torch.linalg.norm(A, ord=1))
print(torch.linalg.norm(A, ord='nuc'))
print(torch.linalg.norm(A, ord=2))
S = torch.stack([A, 2 * A])
print(torch.linalg.matrix_norm(S, ord=1))
print(torch.linalg.matrix_norm(S, ord='nuc'))
print(torch.linalg.matrix_norm(S, dim=(0, 2)))
print(torch.linalg.matrix_norm(S, ord=float('inf'), dim=(0, 2), keepdim=True))
X = A.clone().requires_grad_()
for o in ['fro', 'nuc', 1, 2, float('inf')]:
    X.grad = None
    n = torch.linalg.matrix_norm(X, ord=o)
    n.backward()
    print(o, n.grad_fn.name(), X.grad)
