import numpy as np
print(repr(np.atleast_1d(5)), repr(np.atleast_1d(np.array([1, 2]))))
print(repr(np.atleast_2d(5)), repr(np.atleast_2d(np.array([1, 2]))))
print(repr(np.atleast_3d(np.array([1, 2]))), np.atleast_3d(np.ones((2, 3))).shape)
print(np.atleast_1d(1, [2, 3]))
