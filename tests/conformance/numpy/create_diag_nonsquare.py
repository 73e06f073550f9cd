import numpy as np
m = np.arange(12).reshape(3, 4)
print(repr(np.diag(m)), repr(np.diag(m, 1)), repr(np.diag(m, 3)), repr(np.diag(m, -2)))
print(repr(np.diag(m, 5)), repr(np.diag(m, -3)))
print(repr(np.diag(np.array([1.5, -2.0]), -1)))
print(repr(np.diag([[7]])), repr(np.diag([7])))
print(repr(m.diagonal()), repr(m.diagonal(1)), repr(m.T.diagonal(-1)))
print(repr(np.trace(m)), repr(m.trace(1)))
try:
    np.diag(np.zeros((2, 2, 2)))
except Exception as e:
    print(type(e).__name__, e)
d = np.diag(m)
print(d.flags.writeable)
print(repr(np.diag(np.diag(m))))
