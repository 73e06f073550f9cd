import numpy as np
print(repr(np.fromfunction(lambda i, j: i == j, (3, 3))))
print(repr(np.fromfunction(lambda i, j: i >= j, (2, 3), dtype=int)))
print(repr(np.fromfunction(lambda i, j: (i + 1) * (j + 1), (3, 3), dtype=int)))
print(repr(np.fromfunction(lambda i: np.sqrt(i), (4,))))
print(repr(np.fromfunction(lambda i, j, k: i + j + k, (2, 2, 2), dtype=np.int8)))
def f(i, j):
    return np.where(i > j, i - j, 0)
print(repr(np.fromfunction(f, (3, 3))))
print(repr(np.fromfunction(lambda i, j: i * 0.5 + j, (2, 2), dtype=np.float32)))
