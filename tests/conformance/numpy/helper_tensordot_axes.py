import numpy as np
a = np.arange(60).reshape(3, 4, 5)
b = np.arange(24).reshape(4, 3, 2)
c = np.tensordot(a, b, axes=([1, 0], [0, 1]))
print(c.shape, repr(c))
print(repr(np.tensordot(np.array([1, 2]), np.array([3, 4]), axes=0)), repr(np.tensordot([1, 2], [3, 4], axes=1)))
m = np.arange(6).reshape(2, 3)
print(repr(np.tensordot(m, m, axes=([1], [1]))), repr(np.tensordot(m, m, axes=2)), np.tensordot(m, m, axes=0).shape)
print(np.tensordot(a, np.ones((5, 2)), axes=1).shape, np.tensordot(np.ones((2, 3, 4)), np.ones((3, 4, 5)), axes=2).shape)
print(repr(np.tensordot(m * 0.5, np.array([1, 1, 1]), axes=(1, 0))), repr(np.tensordot(m, m.T, axes=(-1, 0))))
try:
    np.tensordot(m, m, axes=1)
except Exception as e:
    print(type(e).__name__, e)
