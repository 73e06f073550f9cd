# torch.linalg.eig: eigenvalue order and eigenvector normalization as PyTorch's LAPACK (MKL) gives them.
import torch

for dt in (torch.float64, torch.float32):
    for a in ([[1.0, 2.0], [3.0, 4.0]], [[0.0, -1.0], [1.0, 0.0]], [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 10.0]],
              [[4.0, -2.0, 1.0], [3.0, 6.0, -4.0], [2.0, 1.0, 8.0]], [[2.0, 0.0, 0.0], [1.0, 3.0, 0.0], [4.0, 5.0, 6.0]]):
        w, v = torch.linalg.eig(torch.tensor(a, dtype=dt))
        print(w)
        print(v)
torch.manual_seed(5)
torch.set_printoptions(precision=5)
x = torch.randn(5, 5, dtype=torch.float64)
print(torch.linalg.eig(x))
print(torch.linalg.eigvals(torch.randn(2, 4, 4, dtype=torch.float64)))
