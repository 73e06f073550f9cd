import numpy as np
a = np.array([3, -1, 4, -1, 5, -9])
a[a < 0] = 0
print(repr(a))
a[a > 3] = [40, 50]
print(repr(a))
a[np.array([True] * 6)] = np.arange(6)
print(repr(a))
try:
    a[a > 2] = [1, 2]
except Exception as e:
    print(type(e).__name__, e)
m = np.arange(9).reshape(3, 3)
m[m % 2 == 1] *= -1
print(repr(m))
m[np.array([True, False, True])] = 100
print(repr(m))
m[:, np.array([False, True, False])] = np.array([[7], [8], [9]])
print(repr(m))
f = np.array([1.0, np.nan, 3.0, np.nan])
f[np.isnan(f)] = f[~np.isnan(f)].mean()
print(repr(f))
