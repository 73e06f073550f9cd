import numpy as np
m = np.arange(12).reshape(3, 4)
print(repr(np.delete(m, [0, 2], axis=0)), repr(np.delete(m, -1, axis=1)), repr(np.delete(m, slice(1, 3), axis=1)))
mask = np.array([True, False, True, False])
print(repr(np.delete(m, mask, axis=1)), repr(np.delete(m, [1, 1, 3])))
print(repr(np.insert(m, 0, -1, axis=1)), repr(np.insert(m, [1, 3], [[9], [8], [7]], axis=1)))
print(repr(np.insert(m, 2, [1, 2, 3, 4], axis=0)), repr(np.insert(m, 5, 99)))
print(repr(np.insert(np.array([1, 2, 3]), -1, 0)), repr(np.insert(np.array([1, 2]), 2, [5, 6, 7])))
print(repr(np.insert(np.array([1.5, 2.5]), 1, 7)), repr(np.insert(np.array([1, 2]), 1, 7.9)))
print(repr(np.insert(np.array([], dtype=int), 0, 4)), repr(np.delete(np.array([1]), 0)))
print(repr(np.insert(np.array([1, 2, 3]), [1, 1], [10, 20])), repr(np.insert(np.array([1, 2, 3]), slice(None), 0)))
try:
    np.delete(np.arange(3), 5)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.insert(np.arange(3), 5, 1)
except Exception as e:
    print(type(e).__name__, e)
