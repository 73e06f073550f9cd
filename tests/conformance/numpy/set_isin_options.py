import numpy as np
e = np.array([[0, 2, 4], [6, 8, 10]])
t = [4, 6, 99]
print(repr(np.isin(e, t)), repr(np.isin(e, t, invert=True)), repr(e[np.isin(e, t)]))
print(repr(np.isin(e, np.array([[2], [8]]))), repr(np.isin(3, [1, 2, 3])), repr(np.isin([], [1])))
print(repr(np.isin(e, [])), repr(np.isin(e, t, assume_unique=True)))
print(repr(np.isin(np.array([1.0, 2.5, np.nan]), [2.5, np.nan])), repr(np.isin(np.array([1, 2]), np.array([1.0, 2.5]))))
print(repr(np.isin(np.array([-1, 0, 1]), [0, 1.0])), repr(np.isin(e, t, kind='sort')), repr(np.isin(e, t, kind='table')))
print(repr(np.isin(np.array([True, False]), [False])), repr(np.isin(e[:, ::2], [10, 0])))
try:
    np.isin(e, t, kind='bogus')
except Exception as e2:
    print(type(e2).__name__, e2)
