import numpy as np
m = np.arange(1, 13).reshape(3, 4)
print(repr(np.triu(m)), repr(np.tril(m)), repr(np.triu(m, 1)), repr(np.tril(m, -1)), repr(np.triu(m, -1)))
print(repr(np.tril(np.arange(1, 4))), np.triu(np.ones((2, 3, 3))).shape)
r, c = np.triu_indices(4, k=2)
print(repr(r), repr(c))
print(repr(np.tril_indices(3, k=1)), repr(np.tril_indices(2, m=3)))
print(repr(np.triu_indices_from(m)), repr(np.tril_indices_from(m, k=-1)))
s = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(repr(s[np.tril_indices(3)]), repr(s[np.triu_indices(3, 1)].sum()))
z = np.zeros((3, 3))
z[np.triu_indices(3, 1)] = [1.0, 2.0, 3.0]
print(repr(z + z.T))
print(repr(np.triu_indices(0)), repr(np.tri(3, 4, k=1, dtype=int)), repr(np.tri(2)))
try:
    np.triu_indices_from(np.arange(3))
except Exception as e:
    print(type(e).__name__, e)
