import numpy as np
a = np.array([[1, 2], [3, 4]])
print(repr(a.repeat(2)), repr(a.repeat(2, axis=0)), repr(a.repeat([1, 2], axis=1)))
print(repr(a.dot(a)), repr(a.dot(np.array([1, 1]))))
v = np.array([1.5, 2.0])
print(repr(v.dot(v)))
print(repr(np.array([1, 2, 3]).dot(np.array([4, 5, 6]))))
