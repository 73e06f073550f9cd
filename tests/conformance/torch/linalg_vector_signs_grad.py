# Gradients through eigenvectors and singular vectors themselves (not only sign-free functions of them): they
# depend on the vectors' signs.
import torch

a = torch.tensor([[4.0, 1.0, 0.5], [1.0, 3.0, -0.25], [0.5, -0.25, 2.0]], dtype=torch.float64, requires_grad=True)
w, v = torch.linalg.eigh(a)
(v[0] * torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)).sum().backward()
print(a.grad)
b = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.5], [7.0, 8.5, 10.0], [1.5, -2.0, 0.5]], dtype=torch.float64, requires_grad=True)
u, s, vh = torch.linalg.svd(b, full_matrices=False)
(u[:, 0].sum() + vh[1].sum() * 0.5).backward()
print(b.grad)
