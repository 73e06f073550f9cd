import numpy as np
e = np.zeros((0, 3))
print(repr(e.sum(axis=0)), repr(e.sum(axis=1)), repr(e.sum()))
print(repr(np.prod(e, axis=0)))
print(repr(np.all(e)), repr(np.any(e)))
print(repr(np.zeros((2, 0)).max(axis=0)))
print(repr(np.cumsum(np.array([]))))
print(repr(np.count_nonzero(e)))
