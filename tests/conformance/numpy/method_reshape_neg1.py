import numpy as np
a = np.arange(12)
print(repr(a.reshape(-1, 4)), repr(a.reshape(2, -1, 2).shape), repr(a.reshape((3, -1))))
print(repr(a.reshape(-1)), repr(a.reshape(1, -1)), repr(a.reshape(-1, 1).shape))
for bad in [(5, -1), (-1, -1), (3, 5)]:
    try:
        a.reshape(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
print(repr(a.reshape(3, 4, order='F')))
print(repr(np.reshape(a, (2, 6))), np.zeros(0).reshape(5, 0).shape)
m = a.reshape(3, 4).T
print(repr(m.reshape(-1)))
r = a.reshape(4, 3)
r[0, 0] = 100
print(a[0], np.shares_memory(m.reshape(-1), a))
print(repr(np.array(7).reshape(1, 1, -1)))
