import numpy as np
a = np.array([1, 2, 3])
print(repr(np.pad(a, 2)))
print(repr(np.pad(a, (1, 3), constant_values=9)))
m = np.array([[1, 2], [3, 4]])
print(repr(np.pad(m, 1)))
print(repr(np.pad(m, ((0, 1), (2, 0)), constant_values=-1)))
print(repr(np.pad(np.array([1.5, 2.5]), 1, mode='constant')))
print(repr(np.pad(a, 2, mode='edge')), repr(np.pad(a, 2, mode='reflect')))
