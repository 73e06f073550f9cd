import numpy as np
for shape in [(0,), (0, 3), (3, 0), (2, 0, 4), (0, 0)]:
    a = np.zeros(shape)
    print(shape, a.ndim, a.size, len(a), a.nbytes, repr(a))
e = np.array([])
print(e.dtype, e.shape, repr(e.sum()), repr(e.prod()), e.tolist())
print(repr(np.zeros((0, 3)).sum(axis=0)), repr(np.zeros((0, 3)).sum(axis=1)))
print(repr(np.ones((2, 0)).T), np.ones((2, 0)).T.shape)
print(list(np.zeros((0, 2))), list(np.zeros((2, 0))))
print(repr(np.zeros((0, 2)).reshape(-1)), np.zeros((0, 2)).reshape(2, 0, 3).shape)
try:
    np.zeros((0, 2)).reshape(2, 0, -1)
except Exception as e:
    print(type(e).__name__, e)
