import numpy as np
a = np.array([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])
print(repr(a.std()), repr(a.std(ddof=1)), repr(a.var()), repr(a.var(ddof=1)))
m = a.reshape(2, 4)
print(repr(m.std(axis=0)), repr(m.std(axis=1, ddof=1)), repr(m.var(axis=-1)))
print(repr(np.std([1, 2, 3, 4])), repr(np.var(np.array([1, 1, 1]))))
print(repr(np.std(np.array([1.0, 2.0], dtype=np.float32))))
