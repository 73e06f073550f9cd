import numpy as np
a = np.arange(6)
a.shape = (2, 3)
print(repr(a))
a.shape = (3, -1)
print(repr(a), a.shape)
try:
    a.shape = (4, 2)
except Exception as e:
    print(type(e).__name__, e)
b = np.arange(3)
b.shape = (1, 3, 1)
print(b.shape, b.ndim, b.size)
c = np.zeros(4)
c.shape = 4,
print(c.shape)
try:
    a.shape = (-1, -1)
except Exception as e:
    print(type(e).__name__, e)
d = np.arange(4)
d.shape = (2, 2)
print(len(d), repr(d.reshape(4)))
