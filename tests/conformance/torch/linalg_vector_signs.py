# torch.linalg eigenvectors and singular vectors printed as they are: their signs are MKL's LAPACK choices, in
# float32 (single precision LAPACK) and float64.
import torch

for dt in (torch.float32, torch.float64):
    a = torch.tensor([[4.0, 1.0, 0.5], [1.0, 3.0, -0.25], [0.5, -0.25, 2.0]], dtype=dt)
    w, v = torch.linalg.eigh(a)
    print(w)
    print(v)
    print(torch.linalg.eigh(a, UPLO='U').eigenvectors)
    b = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.5], [7.0, 8.5, 10.0], [1.5, -2.0, 0.5]], dtype=dt)
    u, s, vh = torch.linalg.svd(b)
    print(u)
    print(s)
    print(vh)
    u, s, vh = torch.linalg.svd(b.T, full_matrices=False)
    print(u)
    print(vh)
    u, s, v = torch.svd(b)
    print(v)
