import numpy as np
a = np.arange(24).reshape(4, 6)
s = slice(1, None, 2)
print(repr(a[s]), repr(a[:, s]), repr(a[s, s]))
key = (slice(None), 0)
print(repr(a[key]), repr(a[(Ellipsis, -1)]))
idx = [slice(0, 2), slice(3, 5)]
print(repr(a[tuple(idx)]))
print(s.start, s.stop, s.step, slice(None, None, -1).indices(5))
rev = slice(None, None, -1)
print(repr(a[rev, rev][0]), repr(a[1, ::-1]))
print(repr(a[(1, slice(2, 4))]), repr(a[np.s_[::3, 1:3]]), repr(a[np.index_exp[2:3]]))
try:
    a[slice(0, 2, 1.5)]
except Exception as e:
    print(type(e).__name__, e)
