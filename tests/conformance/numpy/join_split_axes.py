import numpy as np
t = np.arange(24).reshape(2, 3, 4)
parts = np.split(t, 2, axis=-1)
print(len(parts), [p.shape for p in parts], repr(parts[1][1]))
print([p.shape for p in np.split(t, [1, 2], axis=1)], [p.shape for p in np.split(t, [0, 10])])
print(repr(np.split(np.arange(6), [2, 2, 4])), repr(np.split(np.arange(5), [3, 1])))
print(repr(np.split(np.arange(4), [-1])), repr(np.split(np.arange(6), np.array([1, 4]))))
p = np.split(np.arange(6.0), 3)
p[1][0] = 99
print(type(p).__name__, repr(p[1]))
try:
    np.split(np.arange(10), 4)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.split(np.arange(12).reshape(2, 6), 4, axis=1)
except Exception as e:
    print(type(e).__name__, e)
print(repr(np.split(np.zeros((0, 2)), 2, axis=1)))
