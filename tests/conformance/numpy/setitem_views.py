import numpy as np
a = np.arange(12).reshape(3, 4)
row = a[1]
row[:] = 0
print(repr(a))
col = a[:, 2]
col += 100
print(repr(a))
sub = a[::2, ::3]
sub[...] = -5
print(repr(a))
t = a.T
t[0] = 1
print(repr(a))
b = np.arange(5)
s = b[1:4]
s[s > 1] = 0
print(repr(b))
x = np.arange(6)
y = x.reshape(2, 3)
y[0, 0] = 50
print(repr(x))
