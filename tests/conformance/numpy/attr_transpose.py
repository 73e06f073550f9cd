import numpy as np
a = np.arange(6).reshape(2, 3)
print(repr(a.T))
print(a.T.shape)
b = np.arange(24).reshape(2, 3, 4)
print(b.T.shape, b.mT.shape)
print(repr(b.mT))
v = np.arange(3)
print(repr(v.T), v.T.shape)
t = a.T
t[0, 1] = 99
print(a)
print(t.base is a, a.T.base is a)
print(repr(a.transpose()))
