import numpy as np
a = np.arange(6).reshape(3, 2)
for row in a:
    print(row, repr(row))
for x in np.array([1.5, 2.5]):
    print(x, repr(x))
b = np.arange(8).reshape(2, 2, 2)
for m in b:
    print(m)
print(len(a), len(b), len(np.zeros((0, 4))))
print(list(np.array([1, 2])))
x, y = np.array([3, 4])
print(x, y, repr(x))
print(3 in np.array([1, 2, 3]), 5 in np.array([1, 2, 3]))
print(list(zip(np.array([1, 2]), np.array([0.5, 1.5]))))
