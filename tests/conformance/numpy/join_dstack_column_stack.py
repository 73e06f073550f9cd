import numpy as np
a = np.array([[1, 2], [3, 4]])
b = np.array([[5, 6], [7, 8]])
d = np.dstack([a, b])
print(d.shape, repr(d))
print(repr(np.dstack([1, 2])), repr(np.dstack(([1, 2], [3, 4]))), np.dstack([np.zeros((2, 2, 2)), a]).shape)
print(repr(np.column_stack([[1, 2, 3], [4.5, 5, 6]])), repr(np.column_stack((a, b))))
print(repr(np.column_stack([np.arange(3)])), repr(np.column_stack([np.array([1, 2]), np.array([[7, 8], [9, 10]]), [0, 0]])))
print(repr(np.column_stack((np.array([True, False]), np.array([2, 3])))))
print(repr(np.dsplit(d, 2)[1]), [x.shape for x in np.dsplit(np.zeros((1, 1, 4)), [1, 3])])
try:
    np.column_stack([np.arange(3), np.arange(2)])
except Exception as e:
    print(type(e).__name__, e)
try:
    np.dsplit(a, 2)
except Exception as e:
    print(type(e).__name__, e)
