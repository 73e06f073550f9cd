import numpy as np
a = np.arange(6)
a[1:] += a[:-1]
print(repr(a))
b = np.arange(6)
b[:-1] += b[1:]
print(repr(b))
c = np.arange(6)
c[1:] = c[:-1]
print(repr(c))
d = np.arange(6)
d[::-1] = d
print(repr(d))
e = np.arange(9).reshape(3, 3)
e[:] = e.T
print(repr(e))
f = np.arange(4.0)
f += f[::-1]
print(repr(f))
g = np.arange(5)
np.add(g[:-1], g[1:], out=g[1:])
print(repr(g))
