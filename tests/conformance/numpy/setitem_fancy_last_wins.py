import numpy as np
a = np.zeros(5, dtype=int)
a[[0, 0, 1]] = [1, 2, 3]
print(repr(a))
a[[2, 2, 2]] += 1
print(repr(a))
a[np.array([4, -1])] = [8, 9]
print(repr(a))
m = np.zeros((3, 3))
m[[0, 1, 2], [2, 1, 0]] = 1
print(repr(m))
m[[0, 2]] = np.array([[5, 5, 5], [6, 6, 6]])
print(repr(m))
m[[0, 0], [1, 1]] -= 2
print(repr(m))
m[1, [0, 2]] = [-1, -2]
print(repr(m))
try:
    a[[0, 1]] = [1, 2, 3]
except Exception as e:
    print(type(e).__name__, e)
try:
    a[[10]] = 1
except Exception as e:
    print(type(e).__name__, e)
