import numpy as np
a = np.zeros((1, 3, 1, 2))
print(a.squeeze().shape, a.squeeze(axis=0).shape, a.squeeze(axis=2).shape, a.squeeze(axis=(0, 2)).shape)
print(a.squeeze(-2).shape, np.squeeze(a, axis=-4).shape)
try:
    a.squeeze(axis=1)
except Exception as e:
    print(type(e).__name__, e)
try:
    a.squeeze(axis=5)
except Exception as e:
    print(type(e).__name__, e)
b = np.array([[[7]]])
print(repr(b.squeeze()), b.squeeze().ndim, repr(b.squeeze(0)))
c = np.arange(3).reshape(1, 3)
s = c.squeeze()
s[0] = 50
print(repr(c))
print(np.zeros((0, 1)).squeeze().shape, np.zeros((1, 0)).squeeze().shape)
print(repr(np.expand_dims(np.arange(2), (0, 2)).shape), repr(np.expand_dims(np.arange(2), -1)))
