import numpy as np
a = np.arange(6).reshape(2, 3)
print(repr(a.ravel()), repr(a.flatten()))
print(repr(a.T.ravel()), repr(a.T.flatten()))
print(repr(a.ravel(order='F')), repr(a.flatten('F')))
print(repr(np.ravel(a)))
print(a.ravel().base is a, a.flatten().base is None)
