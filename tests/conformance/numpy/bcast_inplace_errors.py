import numpy as np
a = np.zeros((2, 3))
a += np.array([1, 2, 3])
a += np.array([[10], [20]])
print(repr(a))
try:
    b = np.zeros(3)
    b += np.ones((2, 3))
except Exception as e:
    print(type(e).__name__, e)
try:
    c = np.zeros((2, 1))
    c *= np.ones((2, 3))
except Exception as e:
    print(type(e).__name__, e)
d = np.ones((3, 3))
d[1:] -= np.array([1, 2, 3])
print(repr(d))
d[:, :2] *= np.array([[2], [3], [4]])
print(repr(d))
try:
    d[:2] += np.ones((3, 3))
except Exception as e:
    print(type(e).__name__, e)
