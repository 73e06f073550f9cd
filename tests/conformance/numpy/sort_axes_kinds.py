import numpy as np
m = np.array([[3, -1, 2], [0, 5, -4], [3, 3, 1]])
print(repr(np.sort(m)), repr(np.sort(m, axis=0)), repr(np.sort(m, axis=None)))
print(repr(np.sort(m, axis=-2)), repr(np.sort(m, kind='stable')[0]), repr(np.sort(m, kind='mergesort')[1]))
t = np.arange(12)[::-1].reshape(2, 3, 2)
print(repr(np.sort(t, axis=1)), repr(np.sort(t, axis=0)[0]))
c = m.copy()
r = c.sort(axis=0)
print(r, repr(c))
c.sort()
print(repr(c))
v = m[:, 1]
v.sort()
print(repr(m))
print(repr(np.sort(np.array([True, False, True]))), repr(np.sort(np.array([2.5, -1, 0], dtype=np.float32))))
print(repr(np.sort([5, 1, 4])), repr(np.sort(np.array(3), axis=None)), repr(np.sort(np.array([], dtype=int))))
try:
    np.sort(m, axis=2)
except Exception as e:
    print(type(e).__name__, e)
print(repr(-np.sort(-m)[0]), repr(np.sort(m.T)[::-1]))
