import numpy as np
a = np.arange(6)
r = a.reshape(2, 3)
print(np.shares_memory(a, r))
t = r.T
rr = t.reshape(6)
print(repr(rr), np.shares_memory(rr, a))
a.shape = (3, 2)
print(repr(a))
print(repr(np.resize(np.arange(3), 7)), repr(np.resize(np.arange(4), (2, 3))))
print(repr(np.arange(4).reshape(2, 2).reshape(-1, 1)))
