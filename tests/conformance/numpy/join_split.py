import numpy as np
a = np.arange(9)
print(np.split(a, 3))
print(repr(np.split(a, [2, 5])))
print(np.array_split(np.arange(7), 3))
m = np.arange(16).reshape(4, 4)
print(repr(np.split(m, 2, axis=1)))
print(repr(np.hsplit(m, [1])))
print(repr(np.vsplit(m, 2)))
parts = np.array_split(np.arange(5), 4)
print([p.tolist() for p in parts])
x, y = np.split(np.arange(4.0), 2)
x[0] = 100
print(repr(x), repr(y))
