import numpy as np
a = np.arange(10)
s = a[2:5]
f = a[[2, 3, 4]]
b = a[a > 6]
s[0] = -1
f[1] = -2
b[:] = 0
print(repr(a))
print(np.shares_memory(a, s), np.shares_memory(a, f), np.shares_memory(a, b))
m = np.arange(12).reshape(3, 4)
col = m[:, 1]
col *= 10
print(repr(m))
e = m[..., 2]
e[:] = 0
print(repr(m))
n = m[None]
n[0, 0, 0] = 99
print(repr(m[0]))
fc = m[:, [0]]
fc[:] = -5
print(repr(m[:, 0]))
print(m[1:2, ::2].base is m, m[[1]].base is m)
