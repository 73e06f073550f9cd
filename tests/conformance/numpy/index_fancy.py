import numpy as np
a = np.arange(10) * 10
print(repr(a[[1, 3, 5]]), repr(a[[-1, 0]]), repr(a[np.array([2, 2, 2])]))
print(repr(a[np.array([[0, 1], [2, 3]])]))
m = np.arange(12).reshape(3, 4)
print(repr(m[[0, 2]]))
print(repr(m[[0, 1, 2], [3, 2, 1]]))
print(repr(m[:, [0, 3]]))
print(repr(m[[[0], [2]], [1, 3]]))
print(repr(m[np.ix_([0, 2], [1, 3])]))
print(repr(m[1:, [0, 2]]))
c = a[[1, 2]]
c[0] = -1
print(repr(a[:3]))
print(repr(a[[]]), a[[]].dtype)
