import numpy as np
print(repr(np.fromfunction(lambda i, j: i + j, (3, 3))))
print(repr(np.fromfunction(lambda i, j: i * 10 + j, (2, 3), dtype=int)))
print(repr(np.fromfunction(lambda i: i ** 2, (4,))))
idx = np.indices((2, 3))
print(repr(idx))
print(idx.shape)
print(repr(np.indices((3,))))
