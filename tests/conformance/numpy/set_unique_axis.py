import numpy as np
m = np.array([[1, 0, 1], [2, 3, 2], [1, 0, 1], [0, 0, 0]])
print(repr(np.unique(m, axis=0)), repr(np.unique(m, axis=1)))
u, idx, inv, cnt = np.unique(m, axis=0, return_index=True, return_inverse=True, return_counts=True)
print(repr(idx), repr(inv), repr(cnt))
print(repr(u[inv]))
u, inv = np.unique(m, return_inverse=True)
print(repr(u), repr(inv), inv.shape)
print(repr(np.unique(m, axis=-1)), repr(np.unique(np.array([[1.5], [1.5], [-2.0]]), axis=0)))
print(repr(np.unique(np.zeros((0, 3)), axis=0)), repr(np.unique(np.array([[True, False], [True, False]]), axis=0)))
try:
    np.unique(m, axis=2)
except Exception as e:
    print(type(e).__name__, e)
