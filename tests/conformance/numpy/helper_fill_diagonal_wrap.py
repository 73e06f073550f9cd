import numpy as np
a = np.zeros((7, 3), dtype=int)
np.fill_diagonal(a, 4)
print(repr(a))
b = np.zeros((7, 3), dtype=int)
np.fill_diagonal(b, 4, wrap=True)
print(repr(b))
c = np.zeros((3, 5))
np.fill_diagonal(c, [1.5, 2.5])
print(repr(c))
d = np.zeros((2, 2, 2), dtype=int)
np.fill_diagonal(d, 9)
print(repr(d.ravel()))
e = np.arange(16).reshape(4, 4)
np.fill_diagonal(e[:, ::-1], -1)
print(repr(e))
f = np.ones((3, 3), dtype=np.int8)
np.fill_diagonal(f, 2.9)
print(repr(f), repr(np.diagonal(f)))
try:
    np.fill_diagonal(np.zeros((2, 3, 3)), 1)
except Exception as e2:
    print(type(e2).__name__, e2)
try:
    np.fill_diagonal(np.zeros(3), 1)
except Exception as e2:
    print(type(e2).__name__, e2)
