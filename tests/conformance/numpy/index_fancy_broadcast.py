import numpy as np
a = np.arange(12).reshape(3, 4)
rows = np.array([[0, 0], [2, 2]])
cols = np.array([[0, 3], [0, 3]])
print(repr(a[rows, cols]))
print(repr(a[[0, 2], [[1], [3]]]))
print(repr(a[np.array([1, 2])[:, None], np.array([0, 1, 2])]))
print(repr(a[[-1, 0], [-1, 0]]))
try:
    a[[0, 1, 2], [0, 1]]
except Exception as e:
    print(type(e).__name__, e)
try:
    a[[0, 5]]
except Exception as e:
    print(type(e).__name__, e)
try:
    a[:, [0, -5]]
except Exception as e:
    print(type(e).__name__, e)
print(repr(a[np.array([[1]]), 2]), a[np.zeros((2, 3), dtype=int)].shape)
print(repr(a[(np.array([0, 1]), np.array([1, 2]))]), repr(a[[True, False, True], [0, 2]]))
