import numpy as np
for n in [1, 2, 3, 4, 6, 8]:
    print(n, [p.tolist() for p in np.array_split(np.arange(6), n)])
m = np.arange(14).reshape(2, 7)
for p in np.array_split(m, 3, axis=1):
    print(repr(p))
print([p.shape for p in np.array_split(m, 3, axis=0)])
print(repr(np.array_split(np.arange(5), [1, 3])), repr(np.array_split([1, 2, 3], 2)))
print(repr(np.array_split(np.array([]), 2)))
try:
    np.array_split(np.arange(4), 0)
except Exception as e:
    print(type(e).__name__, e)
print(repr(np.hsplit(np.arange(6), 3)), repr(np.vsplit(np.arange(8).reshape(4, 2), [1, 3])))
try:
    np.vsplit(np.arange(4), 2)
except Exception as e:
    print(type(e).__name__, e)
