import numpy as np
a = np.arange(24, dtype=np.float64).reshape(4, 6)
v = a[::2, 1::2]
print(repr(v), repr(v.sum()), repr(v.sum(axis=0)), repr(v.mean(axis=1)))
t = a.T
print(repr(t.sum(axis=0)), repr(t.max(axis=1)), repr(np.argmax(t, axis=0)))
r = a[::-1, ::-1]
print(repr(r[0]), repr(r.cumsum(axis=1)[0]), repr(r.min(axis=0)))
b = np.broadcast_to(np.arange(3.0), (4, 3))
print(repr(b.sum(axis=0)), repr(b.std(axis=0)), repr(b.prod(axis=1)))
c = a.reshape(2, 2, 6).transpose(2, 0, 1)
print(repr(c.sum(axis=(1, 2))), repr(c.var(axis=0)))
print(repr(np.median(a[:, ::3], axis=0)), repr(np.percentile(a[1::2], 50, axis=1)))
print(repr(np.count_nonzero(a[:, ::2] % 4)), repr(np.all(a[1:, 1:] > 0)))
