import numpy as np
a = np.arange(6).reshape(2, 3)
print(repr(a.T), repr(a.mT))
b = np.arange(12).reshape(2, 2, 3)
print(b.T.shape, b.mT.shape)
print(repr(b.mT))
v = np.arange(3)
print(repr(v.T), v.T.shape)
try:
    v.mT
except Exception as e:
    print(type(e).__name__, e)
z = np.array(4)
print(repr(z.T), z.T.shape)
t = a.T
t[0, 1] = 100
print(repr(a))
print(t.base is a, np.shares_memory(a, a.mT))
print(repr(np.transpose(a)), repr(np.matrix_transpose(b)[1]))
