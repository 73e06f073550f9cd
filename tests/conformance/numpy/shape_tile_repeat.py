import numpy as np
a = np.array([1, 2, 3])
print(repr(np.tile(a, 2)), repr(np.tile(a, (2, 2))))
m = np.array([[1, 2], [3, 4]])
print(repr(np.tile(m, (1, 3))), repr(np.tile(m, 2)))
print(repr(np.repeat(a, 3)), repr(np.repeat(a, [1, 0, 2])))
print(repr(np.repeat(m, 2, axis=1)), repr(np.repeat(7, 3)))
