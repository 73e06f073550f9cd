import numpy as np
a = np.array([-5, -1, 0, 3, 8, 12])
print(repr(a.clip(min=0)), repr(a.clip(max=4)), repr(a.clip(0, 10)))
print(repr(a.clip(2.5, 7.5)))
print(repr(a.clip(np.array([0, 0, 1, 1, 2, 2]), 5)))
print(repr(a.clip(10, 2)))
f = np.array([0.5, np.nan, -np.inf, np.inf])
print(repr(f.clip(-1, 1)))
out = np.zeros(6, dtype=int)
r = np.clip(a, -2, 2, out=out)
print(repr(out), r is out)
print(repr(np.clip(np.array([200, 10], dtype=np.uint8), 50, 100)))
print(repr(np.clip(np.array([[1, 9], [4, 6]]), [2, 3], [5, 7])))
try:
    a.clip()
except Exception as e:
    print(type(e).__name__, e)
print(repr(np.clip(7, 0, 5)), repr(np.clip(3.3, 0, 5)))
