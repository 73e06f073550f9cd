import numpy as np
m = np.array([[0, 3, 0], [4, 0, 5]])
print(m.nonzero())
r, c = m.nonzero()
print(repr(r), repr(c), repr(m[r, c]))
print(repr(np.transpose(m.nonzero())), repr(np.argwhere(m)))
print(np.nonzero(np.array([0.0, -0.0, np.nan, 1e-300])))
print(np.nonzero(np.zeros(3)), np.nonzero(np.array([True, False, True])))
print(repr(np.flatnonzero(m)), repr(np.count_nonzero(m)), repr(np.count_nonzero(m, axis=0)))
try:
    np.nonzero(np.array(5))
except Exception as e:
    print(type(e).__name__, e)
t = np.arange(8).reshape(2, 2, 2) % 3
print(t.nonzero())
