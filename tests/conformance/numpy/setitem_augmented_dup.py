import numpy as np
a = np.zeros(4, dtype=int)
a[[1, 1, 2]] += 1
print(repr(a))
b = np.zeros(4, dtype=int)
np.add.at(b, [1, 1, 2], 1)
print(repr(b))
c = np.arange(5)
c[1:3] *= 10
print(repr(c))
c[c > 10] -= 100
print(repr(c))
d = np.ones((2, 3))
d[0] /= 4
d[:, -1] **= 2
print(repr(d))
e = np.arange(6).reshape(2, 3)
e[1, [0, 0, 2]] += 5
print(repr(e))
