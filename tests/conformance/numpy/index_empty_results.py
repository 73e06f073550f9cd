import numpy as np
a = np.arange(6).reshape(2, 3)
print(repr(a[[]]), a[[]].shape, a[:, []].shape, repr(a[np.array([], dtype=int)]))
print(repr(a[a > 100]), a[a > 100].dtype, repr(a[5:]), repr(a[:, 3:]))
print(repr(a[1:1, :]), repr(a[:0].sum()), repr(a[:, :0].max(axis=1, initial=-1)))
try:
    a[:, :0].max(axis=1)
except Exception as e:
    print(type(e).__name__, e)
try:
    a[np.array([], dtype=float)]
except Exception as e:
    print(type(e).__name__, e)
e = np.array([])
print(repr(e[e > 0]), repr(e[::-1]), repr(e[[]]))
print(repr(np.zeros((0, 3))[:, 1]), np.zeros((0, 3))[[]].shape)
