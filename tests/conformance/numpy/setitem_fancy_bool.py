import numpy as np
a = np.arange(8)
a[[1, 3, 5]] = 0
print(repr(a))
a[[0, 0, 0]] = [1, 2, 3]
print(repr(a))
a[a > 5] = -1
print(repr(a))
m = np.arange(9).reshape(3, 3)
m[[0, 2], [0, 2]] = 100
print(repr(m))
m[m == 4] += 1000
print(repr(m))
f = np.array([1.0, np.nan, 3.0, np.nan])
f[np.isnan(f)] = 0
print(repr(f))
g = np.arange(6).reshape(2, 3)
g[:, [True, False, True]] = 7
print(repr(g))
