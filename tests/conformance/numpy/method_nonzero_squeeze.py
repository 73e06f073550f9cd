import numpy as np
a = np.array([[0, 2], [3, 0]])
print(a.nonzero())
print(repr(a.nonzero()))
print(np.nonzero(np.array([0, 1, 0, 1])))
b = np.zeros((1, 3, 1))
print(repr(b.squeeze()), b.squeeze().shape, b.squeeze(axis=0).shape, np.squeeze(b, axis=2).shape)
print(repr(np.array([[5]]).squeeze()))
