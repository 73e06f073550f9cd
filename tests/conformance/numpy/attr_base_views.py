import numpy as np
b = np.arange(10)
s = b[2:5]
print(s.base is b, b.base is None)
s[0] = 100
print(b)
r = b.reshape(2, 5)
print(r.base is b)
r[1, 4] = -9
print(b)
c = b[[1, 2]]
print(c.base is None, c.base is b)
c[0] = 555
print(b)
m = b[b > 5]
m[:] = 0
print(b)
v = b.view()
v[0] = 42
print(b[0], v.base is b)
st = b[::3]
st[:] = 1
print(b)
print(np.shares_memory(b, st), np.may_share_memory(b, c))
f = b.flatten()
f[0] = -1
print(b[0], f[0])
rv = b.ravel()
rv[1] = -2
print(b[1])
