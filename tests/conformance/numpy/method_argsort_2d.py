import numpy as np
m = np.array([[3, 1, 2], [6, 5, 4]])
print(repr(m.argsort()), repr(m.argsort(axis=0)), repr(m.argsort(axis=None)))
a = np.array([2, 1, 2, 1, 0, 2])
print(repr(a.argsort(kind='stable')), repr(np.argsort(-a, kind='stable')))
idx = a.argsort(kind='stable')
print(repr(a[idx]), repr(idx.argsort()))
f = np.array([0.5, np.nan, -1.0])
print(repr(f.argsort()))
names = np.array([30, 10, 20])
order = np.argsort(names)[::-1]
print(repr(order), repr(names[order]))
print(repr(np.take_along_axis(m, m.argsort(axis=1), axis=1)))
print(repr(np.argsort(np.array([], dtype=float))), repr(np.lexsort((np.array([1, 0, 1]), np.array([2, 2, 1])))))
