import numpy as np
print(repr(np.append([], [1, 2])), repr(np.append(np.array([], dtype=int), [1, 2])))
print(repr(np.append(np.array([1, 2], dtype=np.int8), np.array([3], dtype=np.int8))))
print(repr(np.append(np.array([1, 2], dtype=np.int8), 300)), repr(np.append(np.array([True]), 2)))
print(repr(np.append(np.array([1, 2]), 1j)), repr(np.append(np.array([[1, 2]]), [[3], [4]], axis=None)))
print(repr(np.append(np.array([1.5]), np.array([[2, 3]]))), repr(np.append(np.zeros((0, 2)), [[1, 2]], axis=0)))
a = np.array([1, 2, 3])
b = np.append(a, 4)
b[0] = 100
print(repr(a), repr(b))
try:
    np.append(np.array([[1, 2]]), [3, 4], axis=0)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.append(np.array([[1, 2]]), [[3, 4, 5]], axis=0)
except Exception as e:
    print(type(e).__name__, e)
