import numpy as np
a = np.array([1, 2, 3])
a += 1
print(repr(a))
a *= 2
print(repr(a))
a -= np.array([1, 1, 1])
print(repr(a))
a //= 2
print(repr(a))
a **= 2
print(repr(a))
a %= 3
print(repr(a))
f = np.array([1.0, 2.0])
f /= 4
print(repr(f))
i = np.array([1, 2])
i += 2
print(repr(i))
u = np.array([250], dtype=np.uint8)
u += 10
print(repr(u))
m = np.arange(6).reshape(2, 3)
m += np.array([10, 20, 30])
print(repr(m))
s = np.arange(5)
s[1:] += s[:-1]
print(repr(s))
