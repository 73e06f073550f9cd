import numpy as np
t = np.zeros((2, 3, 2), dtype=int)
t[0, 1, 1] = 5
t[1, 2, 0] = -1
t[1, 0, 1] = 2
print(np.nonzero(t))
print(repr(t.nonzero()[2]), repr(np.argwhere(t)), repr(np.flatnonzero(t)))
print(repr(t[np.nonzero(t)]), repr(np.transpose(np.nonzero(t > 0))))
print(np.nonzero(np.array([False, False])), np.nonzero(np.array([[0, 0]])))
print(repr(np.argwhere(np.array([]))), repr(np.argwhere(np.array([0, 0]))), repr(np.argwhere(np.zeros((2, 2)))))
print(repr(np.argwhere(np.array(5))), repr(np.argwhere(np.array(0))))
try:
    np.nonzero(np.array(3))
except Exception as e:
    print(type(e).__name__, e)
f = np.array([[0.0, np.nan], [-0.0, 1e-300]])
print(np.nonzero(f), repr(np.flatnonzero(f)), repr(np.count_nonzero(f)))
print(np.nonzero(np.array([0.0, 2.5, -1.0])), np.where(np.array([0, 1j, 0])))
v = np.arange(10)[::3]
print(repr(np.flatnonzero(v % 2)), repr(np.nonzero(v.reshape(2, 2).T)[0]))
