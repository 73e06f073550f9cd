import numpy as np
a = np.array([1, 2, 3])
b = np.array(a)
c = np.asarray(a)
d = a.view()
b[0] = 100
print(a, b)
c[1] = 200
print(a, c, c is a)
e = np.copy(a)
e[2] = -1
print(a, e)
f = np.asarray([1.0, 2.0], dtype=np.float32)
print(repr(f))
g = np.asarray(a, dtype=np.float64)
print(g is a, repr(g))
h = a.copy()
print(np.shares_memory(a, h), np.shares_memory(a, d))
print(np.asarray(5), repr(np.asarray(5)))
