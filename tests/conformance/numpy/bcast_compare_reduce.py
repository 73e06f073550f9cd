import numpy as np
a = np.array([[1.0, 2.0], [3.0, 4.0]])
m = a.mean(axis=0)
print(repr(a - m))
print(repr(a - a.mean(axis=1, keepdims=True)))
print(repr((a - a.min()) / (a.max() - a.min())))
print(repr(a > np.array([2, 2])))
print(repr(np.array([[1], [2], [3]]) == np.array([1, 2, 3])))
