import numpy as np
a = np.array([1, 2, 3])
print(repr(np.append(a, 4)), repr(np.append(a, [4.5, 5])))
m = np.array([[1, 2], [3, 4]])
print(repr(np.append(m, [[5, 6]], axis=0)), repr(np.append(m, [[9], [9]], axis=1)), repr(np.append(m, 7)))
print(repr(np.insert(a, 1, 99)), repr(np.insert(a, [0, 3], [-1, -2])), repr(np.insert(a, 1, 2.7)))
print(repr(np.insert(m, 1, 0, axis=0)), repr(np.insert(m, 2, [7, 8], axis=1)))
print(repr(np.delete(a, 1)), repr(np.delete(a, [0, 2])), repr(np.delete(m, 0, axis=1)), repr(np.delete(m, 1)))
print(repr(np.delete(np.arange(10), np.s_[::3])))
