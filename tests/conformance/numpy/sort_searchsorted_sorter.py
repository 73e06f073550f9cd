import numpy as np
a = np.array([40, 10, 30, 20])
s = np.argsort(a)
print(repr(np.searchsorted(a, [15, 30, 45], sorter=s)), repr(np.searchsorted(a, 30, side='right', sorter=s)))
b = np.array([1.0, 2.0, 2.0, 2.0, 3.5])
v = np.array([[2.0, 0.0], [3.5, 9.0]])
print(repr(np.searchsorted(b, v)), repr(np.searchsorted(b, v, side='right')))
print(repr(np.searchsorted(b, 2)), type(np.searchsorted(b, 2)).__name__, repr(np.searchsorted(b, np.array(2.0))))
print(repr(np.searchsorted([], [1, 2])), repr(np.searchsorted(np.array([1, 2, 3]), [])))
print(repr(np.searchsorted(np.array([1, 3, 5]), np.array([2.5, 3.0, -1e9]))))
print(repr(np.searchsorted(np.array([0.5, 1.5]), np.array([[1], [2]]))))
print(repr(np.searchsorted(np.arange(10)[::2], [3, 4, 9])), repr(b.searchsorted(2.0, 'right')))
try:
    np.searchsorted(b, 2, side='middle')
except Exception as e:
    print(type(e).__name__, e)
try:
    np.searchsorted(np.ones((2, 2)), 1)
except Exception as e:
    print(type(e).__name__, e)
