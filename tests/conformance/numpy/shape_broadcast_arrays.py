import numpy as np
x = np.array([[1], [2], [3]])
y = np.array([10, 20])
bx, by = np.broadcast_arrays(x, y)
print(repr(bx), repr(by), bx.shape, by.shape)
r = np.broadcast_arrays(np.array(1.5), np.arange(3), np.ones((2, 1), dtype=int))
print(type(r).__name__, len(r), [a.shape for a in r], [a.dtype.name for a in r])
print(repr(r[0]))
a1, = np.broadcast_arrays(np.arange(2))
print(repr(a1))
try:
    np.broadcast_arrays(np.arange(3), np.arange(4))
except Exception as e:
    print(type(e).__name__, e)
b = np.broadcast(x, y)
print(b.shape, b.nd, b.ndim, b.size, b.numiter)
print([(int(u), int(v)) for u, v in np.broadcast(np.array([1, 2]), np.array([[5], [6]]))])
