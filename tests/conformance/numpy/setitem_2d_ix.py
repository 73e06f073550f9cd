import numpy as np
m = np.zeros((4, 4), dtype=int)
m[np.ix_([0, 3], [0, 3])] = 1
print(repr(m))
m[np.ix_([1, 2], [1, 2])] = [[5, 6], [7, 8]]
print(repr(m))
m[np.ix_([0, 1], [1, 2, 3])] += 10
print(repr(m))
m[[1, 2], 1:3] = 0
print(repr(m))
m[1:3, [0, 3]] = np.array([[-1], [-2]])
print(repr(m))
r, c = np.diag_indices(4)
m[r, c] = 9
print(repr(m))
i, j = np.triu_indices(4, 1)
m[i, j] = -m[j, i]
print(repr(m))
print(np.ix_([0, 1], [2, 3]))
