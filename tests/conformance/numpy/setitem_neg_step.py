import numpy as np
a = np.arange(8)
a[::-1] = np.arange(8) * 10
print(repr(a))
a[::-2] = 0
print(repr(a))
a[6:1:-2] = [-1, -2, -3]
print(repr(a))
m = np.zeros((3, 4), dtype=int)
m[::-1, 0] = [1, 2, 3]
m[-1, ::-1] = np.arange(4)
print(repr(m))
m[::-2, 1::2] = 7
print(repr(m))
try:
    a[::-1] = [1, 2, 3]
except Exception as e:
    print(type(e).__name__, e)
