import numpy as np
a = np.array([[1, -2, 3], [-4, 5, -6]])
print(repr(np.where(a > 0, a, 0)), repr(np.where(a > 0, 1.5, -1)))
print(repr(np.where(a < 0, -a, a)), repr(np.where([True, False, True], [1, 2, 3], [10, 20, 30])))
print(repr(np.where(a > 0, a, np.array([[100], [200]]))), repr(np.where(np.array([[True], [False]]), a, -a)))
print(repr(np.where(True, 5, 6)), repr(np.where(np.array([1, 0, 2]), 1.5, -1)))
print(repr(np.where(a > 10, a, 0.5)), repr(np.where(a > 0, a, np.nan)))
print(repr(np.where(a > 0, np.int8(1), np.int8(0))), repr(np.where(a > 0, True, False)))
x = np.array([0.0, 1.0, 4.0])
with np.errstate(divide='ignore'):
    print(repr(np.where(x > 0, np.log(x), -1.0)))
print(repr(np.where(np.zeros((2, 0), dtype=bool), 1, 2)), repr(np.where(a > 0, a, 1j)))
try:
    np.where(a > 0, a)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.where(a > 0, np.arange(2), 0)
except Exception as e:
    print(type(e).__name__, e)
