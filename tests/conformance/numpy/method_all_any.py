import numpy as np
a = np.array([[True, False], [True, True]])
print(repr(a.all()), repr(a.any()), repr(a.all(0)), repr(a.any(axis=1)))
b = np.array([[0, 1], [0, 0]])
print(repr(b.all()), repr(b.any()), repr(b.any(0)), repr(np.any(b, axis=1, keepdims=True)))
print(repr(np.all([])), repr(np.any([])))
print(repr(np.array([np.nan]).all()), repr(np.array([0.0, -0.0]).any()))
print(repr(np.all(np.array([1, 2, 3]) > 0)))
