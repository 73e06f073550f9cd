import torch
A = torch.tensor([[1.0, -2.5, 3.0], [-4.0, 5.0, -6.5], [0.5, 1.5, 2.0]], dtype=torch.float64)
for o in [None, 'fro', 'nuc', 1, -1, 2, -2, float('inf'), float('-inf')]:
    print(o, torch.linalg.norm(A, ord=o))
print(torch.linalg.norm(A, ord=2, dim=(1, 0)))
print(torch.linalg.norm(A, ord='fro', keepdim=True))
print(torch.linalg.norm(A[0], ord=1))
print(torch.linalg.norm(A, ord=3, dim=1))
v = torch.tensor([3.0, -4.0, 12.0])
print(torch.linalg.norm(v), torch.linalg.norm(v, ord=float('inf')), torch.linalg.norm(v, ord=0))
print(torch.linalg.vector_norm(A, ord=1, dim=(0, 1)))
print(torch.linalg.matrix_norm(torch.stack([A, -A, 2 * A]), ord=-2))
