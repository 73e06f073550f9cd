import numpy as np
m = np.arange(6).reshape(2, 3)
r = np.ravel(m)
r[0] = 100
print(repr(m[0]), np.shares_memory(m, r))
f = m.flatten()
f[1] = -1
print(repr(m[0]), repr(f))
t = m.T
print(repr(t.ravel()), np.shares_memory(t, t.ravel()), repr(t.ravel(order='A')), repr(t.ravel(order='K')))
print(repr(m[:, ::2].ravel()), repr(m.flatten(order='F')), repr(np.ravel([[1, 2], [3, 4]])))
print(repr(np.ravel(np.array(7))), repr(np.zeros((2, 0)).ravel()), repr(m.reshape(-1)))
print(repr(m.flat[4]), repr(m.flat[[0, 5]]), repr(np.array(list(m.flat))))
print(repr(np.arange(24).reshape(2, 3, 4)[:, 1].ravel()), repr(np.ravel(m, order='F')))
