import numpy as np
a = np.arange(12).reshape(3, 4)
print(repr(a.flat[5]), repr(a.flat[-1]), repr(a.flat[2:7]), repr(a.flat[[0, 11, 4]]))
t = a.T
print(list(t.flat)[:6])
print(repr(t.flat[1]))
a.flat[::5] = -1
print(repr(a))
a.flat = [7, 8]
print(repr(a))
b = np.zeros((2, 2))
b.flat[[1, 2]] = 3.5
print(repr(b))
it = np.arange(4).reshape(2, 2).flat
print(type(it).__name__, len(it), [int(x) for x in it])
print(repr(np.array([[1, 2], [3, 4]]).flat[np.array([True, False, False, True])]))
print(repr(np.arange(6).reshape(2, 3).flat.copy()))
