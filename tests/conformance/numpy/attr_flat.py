import numpy as np
a = np.arange(6).reshape(2, 3)
print([int(x) for x in a.flat])
print(repr(a.flat[4]))
print(repr(a.flat[[0, 5]]))
a.flat[1] = 100
print(a)
a.flat = 7
print(a)
b = np.arange(4).reshape(2, 2).T
print(list(b.flat))
print(list(b.ravel()))
for i, x in enumerate(np.array([[1, 2], [3, 4]]).flat):
    print(i, x)
