import numpy as np
a = np.zeros((3, 4))
a[:] = np.arange(4)
print(repr(a))
a[1:] = np.array([[7], [8]])
print(repr(a))
b = np.zeros((2, 3), dtype=int)
b[0] = 5
b[:, 1] = [1, 2]
print(repr(b))
c = np.arange(6).reshape(2, 3)
c[c > 2] = np.array([-1, -2, -3])
print(repr(c))
