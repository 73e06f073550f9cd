import numpy as np
m = np.array([[1, 2], [3, 4]])
print(repr(m.repeat(2)), repr(m.repeat(2, axis=0)), repr(m.repeat(3, axis=1)))
print(repr(m.repeat([1, 2], axis=0)), repr(m.repeat([0, 2], axis=1)))
print(repr(np.repeat(7, 3)), repr(np.repeat([1.5, 2.5], [2, 1])))
print(repr(np.arange(3).repeat(0)), repr(m.repeat(2, axis=-1)))
try:
    m.repeat([1, 2, 3], axis=0)
except Exception as e:
    print(type(e).__name__, e)
try:
    m.repeat(-1)
except Exception as e:
    print(type(e).__name__, e)
print(repr(np.tile(m, 2)), repr(np.tile(np.array([1, 2]), (2, 2))))
