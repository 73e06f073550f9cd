import numpy as np
v = np.array([1, 2, 3])
m = np.arange(6).reshape(2, 3)
print(repr(v.dot(v)), repr(m.dot(v)), repr(m.dot(m.T)), repr(v.dot(2)))
print(repr(np.dot(3, 4)), repr(np.dot(v, v * 0.5)), repr(np.dot([1, 2], [3, 4])))
try:
    m.dot(m)
except Exception as e:
    print(type(e).__name__, e)
try:
    v.dot(np.arange(4))
except Exception as e:
    print(type(e).__name__, e)
t = np.arange(8).reshape(2, 2, 2)
print(repr(np.dot(t, np.array([1, 10]))), np.dot(t, np.ones((2, 3))).shape)
print(repr(np.vdot(np.array([1j, 2]), np.array([1j, 2]))), repr(np.inner(v, v)))
print(repr(np.dot(np.array([True, True]), np.array([True, False]))))
print(repr(np.dot(np.array([], dtype=float), np.array([]))))
