import numpy as np
m = np.array([[True, False, True], [False, False, True]])
print(repr(m.sum()), repr(m.sum(axis=0)), repr(m.mean()), repr(m.mean(axis=1)))
print(repr(np.count_nonzero(m)), repr(np.count_nonzero(m, axis=0)))
print(repr(m.cumsum(axis=1)))
print(repr(m.max(axis=0)), repr(m.argmax(axis=1)), repr(m.prod()))
i = np.array([[1, 2], [3, 4]])
print(repr(i.mean(axis=0)), repr(i.var()), repr(np.median(i)), repr(np.percentile(i, 50, axis=0)))
