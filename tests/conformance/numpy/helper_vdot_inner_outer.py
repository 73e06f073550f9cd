import numpy as np
m = np.array([[1, 2], [3, 4]])
n = np.array([[5, 6], [7, 8]])
print(repr(np.vdot(m, n)), repr(np.vdot([1, 2], [3.5, 4])), repr(np.vdot(np.array([1 + 2j, 3 - 1j]), np.array([2j, 1 + 1j]))))
print(repr(np.inner(m, n)), repr(np.inner(m, np.array([1, -1]))), repr(np.inner(np.array([1, 2]), 3)))
print(repr(np.inner(np.arange(24).reshape(2, 3, 4), np.arange(4))), np.inner(np.ones((2, 3, 4)), np.ones((5, 4))).shape)
print(repr(np.outer(m, [1, 10])), repr(np.outer([1j, 1], [1, -1j])), repr(np.outer(np.array([]), np.arange(3))))
print(repr(np.outer(np.array([True, False]), np.array([True, True]))), repr(np.outer(2, [1, 2])))
print(repr(np.vecdot(np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([1.0, -1.0]))))
try:
    np.inner(np.ones(3), np.ones(2))
except Exception as e:
    print(type(e).__name__, e)
