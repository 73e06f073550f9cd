import numpy as np
for shape, dt in [((2, 3), float), (4, np.int8), ((), bool), ((0, 5), np.complex64), ((1, 2, 3), 'i2')]:
    e = np.empty(shape, dtype=dt)
    print(e.shape, e.dtype, e.ndim, e.size, e.itemsize, e.nbytes)
base = np.arange(6, dtype=np.float32).reshape(2, 3)[:, ::2]
e = np.empty_like(base)
print(e.shape, e.dtype, e.flags['C_CONTIGUOUS'])
e2 = np.empty_like(base, dtype=int, shape=(5,))
print(e2.shape, e2.dtype)
e3 = np.empty(3)
e3.fill(1.5)
print(repr(e3))
e4 = np.empty((2, 2), dtype=int)
e4[:] = 7
print(repr(e4))
