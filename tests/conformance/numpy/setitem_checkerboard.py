import numpy as np
b = np.zeros((4, 5), dtype=int)
b[::2, ::2] = 1
b[1::2, 1::2] = 1
print(repr(b))
b[1:-1, 1:-1] = 8
print(repr(b))
c = np.ones((5, 5))
c[1:-1, 1:-1] = 0
print(c)
d = np.arange(16).reshape(4, 4)
d[::3, ::3] = -d[::3, ::3]
print(repr(d))
d[:, -1:-3:-1] = d[:, :2]
print(repr(d))
