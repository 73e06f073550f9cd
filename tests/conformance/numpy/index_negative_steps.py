import numpy as np
m = np.arange(20).reshape(4, 5)
print(repr(m[::-2, ::2]))
print(repr(m[-1:0:-1, -2]))
print(repr(m[:, ::-1][1]))
v = m[::-1]
v[0, 0] = 1000
print(repr(m[3]))
print(repr(m[::-1].ravel()[:5]))
print(repr(m[1:3, 1:4][::-1, ::-1]))
print(m[::-1].strides, m[:, ::-2].strides)
