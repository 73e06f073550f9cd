import numpy as np
a = np.array([[1, -2], [-3, 4]])
print(repr(np.where(a > 0, a, 0)), repr(np.where(a > 0)))
print(repr(np.where(a > 0, 1, 2.5)), repr(np.where([True, False], 'x' == 'x', 0)))
print(repr(np.where(a > 0, a, np.array([100, 200]))), repr(np.where(np.array([[True], [False]]), 1, a)))
print(repr(np.where(True, 1, 2)), repr(np.where(False, np.array([1, 2]), 7)))
print(repr(np.where(np.array([1, 0, 2]))), repr(np.where(np.zeros(3))))
print(repr(np.where(a > 0, np.float32(1), np.float32(0))), repr(np.where(a > 0, np.int8(1), 0)))
try:
    np.where(a > 0, a)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.where(a > 0, np.ones(3), 0)
except Exception as e:
    print(type(e).__name__, e)
