# Eigen-decompositions of seeded random matrices: eigenvalue order and eigenvector signs are LAPACK's.
import numpy as np

rng = np.random.default_rng(21)
np.set_printoptions(precision=5, suppress=True)
for n in (3, 4, 5, 6):
    a = rng.standard_normal((n, n))
    w, v = np.linalg.eig(a)
    print(w)
    print(v)
b = rng.standard_normal((2, 4, 4))
w, v = np.linalg.eig(b)
print(w)
print(v)
print(np.linalg.eigvals(rng.standard_normal((7, 7))))
