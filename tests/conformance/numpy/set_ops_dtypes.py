import numpy as np
a = np.array([[5, 1], [3, 1]])
b = [1, 7, 3, 3]
print(repr(np.intersect1d(a, b)), repr(np.union1d(a, b)), repr(np.setdiff1d(a, b)), repr(np.setxor1d(a, b)))
print(repr(np.intersect1d([1.5, 2.0], [2, 3])), repr(np.union1d(np.array([1], dtype=np.int8), np.array([300]))))
print(repr(np.setdiff1d([3, 1, 2, 1], [])), repr(np.setdiff1d([], [1, 2])), repr(np.intersect1d([], [])))
print(repr(np.setdiff1d(np.array([4, 2, 4]), [2], assume_unique=True)), repr(np.setxor1d([1, 1, 2], [2, 3, 3])))
print(repr(np.intersect1d([3, 1, 2], [1, 2, 3], assume_unique=True)), repr(np.union1d([3.5, -1], [2])))
v, i1, i2 = np.intersect1d(np.array([4, 1, 4, 9]), np.array([9, 4, 0]), return_indices=True)
print(repr(v), repr(i1), repr(i2))
print(repr(np.setdiff1d(np.array([np.nan, 1.0]), [1.0])), repr(np.intersect1d([True, False], [True])))
print(repr(np.union1d([-0.0], [0.0])), repr(np.setxor1d([1j, 2], [2])))
