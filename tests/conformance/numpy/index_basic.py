import numpy as np
a = np.arange(10)
print(repr(a[0]), repr(a[-1]), repr(a[3:7]), repr(a[::2]), repr(a[::-1]), repr(a[-3:]), repr(a[7:2:-2]))
print(repr(a[5:100]), repr(a[8:2]), repr(a[:0]))
m = np.arange(12).reshape(3, 4)
print(repr(m[1]), repr(m[1, 2]), repr(m[-1, -1]), repr(m[:, 1]), repr(m[1:, ::2]))
print(repr(m[::-1, ::-1]))
print(repr(m[1][2]), repr(m[:2][:, 1:3]))
print(repr(m[0:1]), repr(m[0:1, 0:1]))
