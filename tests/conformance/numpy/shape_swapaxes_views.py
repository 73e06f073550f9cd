import numpy as np
a = np.arange(24).reshape(2, 3, 4)
s = np.swapaxes(a, 0, 2)
print(s.shape, repr(s[:, 1, 0]), repr(s[3]))
print(np.swapaxes(a, -1, -2).shape, a.swapaxes(1, 1).shape, repr(np.swapaxes(a, 0, -3)[1, 2]))
s[0, 0, 0] = -1
print(repr(a[0, 0]), np.shares_memory(a, s))
m = np.array([[1, 2, 3]])
print(repr(np.swapaxes(m, 0, 1)), repr(m.swapaxes(-1, 0)))
try:
    np.swapaxes(m, 0, 2)
except Exception as e:
    print(type(e).__name__, e)
print(repr(np.moveaxis(a, 2, 0)[1]), np.moveaxis(a, -1, 1).shape, np.moveaxis(a, (0, 2), (2, 0)).shape)
print(repr(np.moveaxis(np.arange(6).reshape(1, 2, 3), [0, 1, 2], [2, 1, 0])[:, :, 0]))
try:
    np.moveaxis(a, [0, 0], [1, 2])
except Exception as e:
    print(type(e).__name__, e)
try:
    np.moveaxis(a, 3, 0)
except Exception as e:
    print(type(e).__name__, e)
print(repr(np.rollaxis(a, 2, 1).shape), repr(np.rollaxis(a, -1).shape))
