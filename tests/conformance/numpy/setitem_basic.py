import numpy as np
a = np.zeros(6)
a[0] = 1
a[-1] = 2.5
a[2:4] = 7
print(repr(a))
a[::2] = [10, 20, 30]
print(repr(a))
i = np.arange(5)
i[1] = 3.99
i[2] = -2.5
print(repr(i))
b = np.array([True, False])
b[1] = 5
print(repr(b))
m = np.zeros((3, 3), dtype=int)
m[1] = [1, 2, 3]
m[:, 0] = 9
m[2, 2] = -1
print(repr(m))
m[...] = 4
print(repr(m))
u = np.zeros(2, dtype=np.uint8)
u[0] = 255
print(repr(u))
c = np.zeros(2, dtype=complex)
c[0] = 1 + 1j
c[1] = 3
print(repr(c))
