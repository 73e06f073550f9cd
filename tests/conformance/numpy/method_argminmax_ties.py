import numpy as np
a = np.array([3, 1, 3, 1, 2])
print(repr(a.argmax()), repr(a.argmin()))
f = np.array([1.0, np.nan, 5.0, np.nan])
print(repr(f.argmax()), repr(f.argmin()), repr(f.max()), repr(np.nanargmax(f)), repr(np.nanmax(f)))
m = np.array([[1, 9, 9], [9, 1, 1], [5, 5, 5]])
print(repr(m.argmax(axis=0)), repr(m.argmax(axis=1)), repr(m.argmin(axis=1)), repr(m.argmax()))
print(repr(m.argmax(axis=1, keepdims=True)))
print(np.unravel_index(m.argmax(), m.shape))
try:
    np.array([]).argmax()
except Exception as e:
    print(type(e).__name__, e)
b = np.array([False, True, True])
print(repr(b.argmax()), repr(np.array([-np.inf, -np.inf]).argmax()))
print(repr(np.array([-0.0, 0.0]).argmax()), repr(np.array([2 + 1j, 2 + 3j, 1 + 5j]).argmax()))
