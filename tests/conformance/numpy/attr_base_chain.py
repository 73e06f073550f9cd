import numpy as np
a = np.arange(12)
b = a[2:10]
c = b[::2]
print(b.base is a, c.base is a, a.base is None)
r = a.reshape(3, 4)
print(r.base is a, r.T.base is a)
cp = r.copy()
print(cp.base is None)
f = r[[0, 1]]
print(f.base is None or f.base is not a)
m = a[a > 5]
print(m.base is None or m.base is not a)
v = a.view()
print(v.base is a, v is a, np.shares_memory(v, a))
s = a[5]
print(type(s).__name__)
x = np.arange(4.0)
y = x.astype(np.float64, copy=False)
print(y is x, x.astype(float).base is None)
print(np.may_share_memory(a[:6], a[6:]), np.shares_memory(a[:6], a[5:]))
