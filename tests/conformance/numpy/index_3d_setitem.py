import numpy as np
a = np.zeros((2, 3, 4), dtype=int)
a[0, 1] = 1
a[1, :, 2] = [5, 6, 7]
a[..., 3] = -1
a[:, 2, :2] += 10
print(repr(a))
a[a < 0] = 9
print(repr(a[:, :, 3]))
a[[0, 1], [0, 2], [0, 0]] = 42
print(repr(a[:, :, 0]))
