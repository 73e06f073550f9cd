import numpy as np
m = np.array([[1, -2, 3], [-4, 5, -6]])
mask = m > 0
print(repr(m[mask]), repr(m[~mask]), repr(mask.nonzero()))
print(repr(m[mask.any(axis=1)]), repr(m[:, mask.all(axis=0)]))
print(repr(m[np.array([False, True]), 1:]))
print(repr(m[np.array([True, True]), np.array([False, True, True])]))
for bad in [np.array([True, False, True]), np.array([[True, False], [False, True]])]:
    try:
        m[bad]
    except Exception as e:
        print(type(e).__name__, e)
print(repr(m[np.zeros_like(m, dtype=bool)]), m[np.zeros_like(m, dtype=bool)].shape)
t = np.arange(24).reshape(2, 3, 4)
print(t[t % 5 == 0].shape, t[np.array([True, False])].shape, t[:, np.array([True, False, True])].shape)
print(repr(t[0][t[0] > 8]))
