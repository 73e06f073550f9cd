import numpy as np
m = np.array([[1, 2], [3, 4]])
print(np.tile(m, (2, 1, 3)).shape, repr(np.tile(m, (2, 1, 3))[1]))
print(repr(np.tile(np.array(7), 3)), repr(np.tile(np.array([1.5]), (2, 2))), repr(np.tile(m, 0)))
print(repr(np.tile([1, 2], (1, 1))), repr(np.tile(np.array([True, False]), 2)))
print(repr(np.repeat(m, [1, 2], axis=0)), repr(np.repeat(m, [0, 3], axis=1)))
print(repr(np.repeat(m, 2)), repr(np.repeat(m, 2, axis=-1)), repr(np.repeat(np.array([]), 3)))
print(repr(np.repeat(np.arange(3), np.array([2, 0, 1]))), repr(m.repeat(3, axis=0)[:, 0]))
for bad in [[1, 2, 3], [-1, 1]]:
    try:
        np.repeat(m, bad, axis=0)
    except Exception as e:
        print(type(e).__name__, e)
print(repr(np.repeat(np.array([[1.5]]), 2, axis=0)), repr(np.tile(np.array([[1, 2]]).T, (1, 2))))
