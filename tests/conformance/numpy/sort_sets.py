import numpy as np
a = np.array([1, 2, 3, 4, 5])
b = np.array([4, 5, 6, 4])
print(repr(np.isin(a, b)), repr(np.isin(a, [2, 9], invert=True)))
print(repr(np.isin(np.array([[1, 6], [7, 2]]), b)))
print(repr(np.intersect1d(a, b)), repr(np.union1d(a, b)), repr(np.setdiff1d(a, b)), repr(np.setxor1d(a, b)))
v, ia, ib = np.intersect1d(a, b, return_indices=True)
print(repr(v), repr(ia), repr(ib))
print(repr(np.union1d(np.array([1.5]), np.array([1, 2]))))
