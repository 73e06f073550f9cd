# Eigen- and singular vectors of seeded random matrices: square, tall (QR first), wide (LQ first) and batched.
import numpy as np

rng = np.random.default_rng(7)
np.set_printoptions(precision=6, suppress=True)
for n in (3, 5, 8):
    a = rng.standard_normal((n, n))
    w, v = np.linalg.eigh(a + a.T)
    print(n, w)
    print(v)
for shape in [(6, 6), (9, 4), (20, 5), (4, 9), (3, 12), (7, 25)]:
    a = rng.standard_normal(shape)
    u, s, vh = np.linalg.svd(a, full_matrices=False)
    print(shape, s)
    print(u)
    print(vh)
a = rng.standard_normal((2, 3, 4))
u, s, vh = np.linalg.svd(a)
print(u)
print(vh)
w, v = np.linalg.eigh(a[:, :, :3] @ a[:, :, :3].transpose(0, 2, 1))
print(v)
print(np.linalg.svd(np.array([[1.0, 2.0], [3.0, 4.0]]), hermitian=False).U)
