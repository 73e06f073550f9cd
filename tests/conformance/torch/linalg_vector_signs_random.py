# Eigen- and singular vectors of seeded random tensors, float32 and float64, including tall matrices (QR first in
# MKL from 1.5 times as many rows) and wide ones.
import torch

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)
for dt in (torch.float64, torch.float32):
    for n in (3, 4, 6):
        a = torch.randn(n, n, dtype=dt)
        print(torch.linalg.eigh(a + a.T).eigenvectors)
    for shape in [(5, 5), (6, 4), (8, 4), (4, 7), (3, 10), (2, 3, 4)]:
        a = torch.randn(*shape, dtype=dt)
        u, s, vh = torch.linalg.svd(a, full_matrices=False)
        print(shape, s)
        print(u)
        print(vh)
