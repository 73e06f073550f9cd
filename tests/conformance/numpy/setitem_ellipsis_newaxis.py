import numpy as np
a = np.zeros((2, 3, 4), dtype=int)
a[..., 0] = 1
a[0, ...] += 2
a[..., -1] = np.array([5, 6, 7])
print(repr(a))
a[...] = np.arange(4)
print(repr(a[1]))
b = np.zeros(3)
b[None] = [1, 2, 3]
print(repr(b))
b[:, None] = 4
print(repr(b))
c = np.zeros((2, 2))
c[None, :, None, 0] = [[[9], [8]]]
print(repr(c))
z = np.array(0.0)
z[...] = 7
print(repr(z))
z[()] = -1
print(repr(z))
