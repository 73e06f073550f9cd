import numpy as np
a = np.arange(12)
print(repr(a.reshape(3, 4)), repr(a.reshape((3, 4), order='F')))
print(repr(np.reshape(a, (2, -1))), repr(np.reshape(a, (-1, 6), order='F')))
print(repr(a.reshape(2, 3, 2)[1]), a.reshape(-1).shape, a.reshape(1, -1).shape, a.reshape(12, 1, 1).shape)
m = np.arange(6).reshape(2, 3)
print(repr(m.T.reshape(6)), repr(m.reshape(6, order='F')), repr(m.ravel(order='F')))
print(repr(np.reshape(np.array(5), (1, 1))), repr(np.arange(0).reshape(0, 5)), np.arange(0).reshape(3, 0, 2).shape)
print(repr(np.reshape([1, 2, 3, 4], (2, 2))), repr(a.reshape(4, 3)[:, ::2].reshape(-1)))
for shp in [(5, -1), (-1, -1), (2, 7)]:
    try:
        a.reshape(shp)
    except Exception as e:
        print(type(e).__name__, e)
try:
    a.reshape(3, 4, order='K')
except Exception as e:
    print(type(e).__name__, e)
print(repr(np.reshape(a, shape=(4, 3))[-1]))
