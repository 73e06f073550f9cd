import numpy as np
a = np.array([1, 2, 2, 3, 5])
print(repr(np.searchsorted(a, 2)), repr(np.searchsorted(a, 2, side='right')))
print(repr(np.searchsorted(a, [0, 4, 6])), repr(a.searchsorted(np.array([2.5, 5]))))
print(repr(np.searchsorted([10, 20, 30], [5, 25], sorter=None)))
print(repr(np.digitize(np.array([0.2, 6.4, 3.0, 1.6]), np.array([0.0, 1.0, 2.5, 4.0, 10.0]))))
print(repr(np.digitize(np.array([1.0, 2.5]), np.array([1.0, 2.5]), right=True)))
