import numpy as np
a = np.arange(6).reshape(2, 1, 3)
b = np.arange(4).reshape(4, 1)
r = a * b
print(r.shape, repr(r[1]))
c = np.arange(2).reshape(2, 1, 1)
print(repr(c + np.arange(3)), (c + np.ones((5, 3))).shape)
print((np.ones((1, 2, 1, 4)) + np.ones((3, 1, 5, 1))).shape)
print(repr(np.arange(8).reshape(2, 2, 2) - np.array([[100], [200]])))
img = np.arange(12).reshape(2, 2, 3)
print(repr(img * np.array([1, 0, -1])))
print(repr((img - img.mean(axis=(0, 1))).round(2)))
