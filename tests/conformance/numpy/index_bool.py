import numpy as np
a = np.array([5, -3, 8, 0, -1])
print(repr(a[a > 0]), repr(a[a < -10]))
print(repr(a[[True, False, True, False, True]]))
m = np.arange(12).reshape(3, 4)
print(repr(m[m % 3 == 0]))
print(repr(m[np.array([True, False, True])]))
print(repr(m[:, np.array([False, True, True, False])]))
print(repr(m[(m > 2) & (m < 7)]))
f = np.array([1.0, np.nan, 3.0])
print(repr(f[~np.isnan(f)]))
b = a[a > 0]
b[0] = 1000
print(repr(a))
print(repr(np.array(5)[np.array(True)]), repr(np.array(5)[np.array(False)]))
