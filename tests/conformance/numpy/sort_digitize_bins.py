import numpy as np
bins = np.array([0, 10, 20, 30])
x = np.array([-5, 0, 5, 10, 15, 30, 35])
print(repr(np.digitize(x, bins)), repr(np.digitize(x, bins, right=True)))
dec = bins[::-1]
print(repr(np.digitize(x, dec)), repr(np.digitize(x, dec, right=True)))
print(repr(np.digitize(2.5, [1, 2, 3])), type(np.digitize(2.5, [1, 2, 3])).__name__)
print(repr(np.digitize(np.array([[1.5, 2.5], [0.0, 9.0]]), [1.0, 2.0, 3.0])))
print(repr(np.digitize(np.array([np.nan, -np.inf, np.inf]), [0.0, 1.0])))
print(repr(np.digitize(x, [])), repr(np.digitize([], bins)))
try:
    np.digitize(x, [3, 1, 2])
except Exception as e:
    print(type(e).__name__, e)
try:
    np.digitize(x, [[1, 2]])
except Exception as e:
    print(type(e).__name__, e)
labels = np.array(['low', 'mid', 'high', 'max'])
print(repr(labels[np.digitize(np.array([3, 12, 29]), [10, 20]) ]))
