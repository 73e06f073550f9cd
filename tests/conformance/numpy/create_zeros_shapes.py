import numpy as np
print(repr(np.zeros(())), np.zeros(()).shape, np.zeros(()).ndim)
print(repr(np.ones((2,))), repr(np.ones([2, 1])))
print(repr(np.zeros((0, 3))), np.zeros((0, 3)).size)
print(repr(np.zeros((2, 0, 2))), np.zeros((2, 0, 2)).shape)
print(repr(np.ones(np.int64(3))), repr(np.zeros((np.int8(1), 2))))
print(repr(np.ones((1, 1, 1), dtype=int)))
try:
    np.zeros(-1)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.zeros(2.5)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.ones((2, -3))
except Exception as e:
    print(type(e).__name__, e)
print(repr(np.zeros(3, int)), repr(np.ones(2, 'f4')))
