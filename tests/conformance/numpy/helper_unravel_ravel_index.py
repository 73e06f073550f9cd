import numpy as np
print(np.unravel_index(22, (7, 6)), np.unravel_index(22, (7, 6), order='F'))
print(np.unravel_index(np.array([[0, 5], [9, 11]]), (3, 4)))
print(np.unravel_index(3, (4,)), np.unravel_index(0, ()), np.unravel_index(np.int64(13), (2, 3, 4)))
m = np.array([[3, 8, 1], [9, 2, 7]])
print(np.unravel_index(m.argmax(), m.shape), np.unravel_index(np.argmin(m), m.shape))
print(repr(np.ravel_multi_index((1, 2), (3, 4))), repr(np.ravel_multi_index(([0, 2], [3, 1]), (3, 4), order='F')))
print(repr(np.ravel_multi_index(([3, -1], [5, 1]), (3, 4), mode='clip')), repr(np.ravel_multi_index(([3, -1], [5, 1]), (3, 4), mode='wrap')))
print(repr(np.ravel_multi_index(([4, 1], [0, 5]), (3, 4), mode=('clip', 'wrap'))))
for bad in [12, -1]:
    try:
        np.unravel_index(bad, (3, 4))
    except Exception as e:
        print(type(e).__name__, e)
try:
    np.ravel_multi_index((3, 0), (3, 4))
except Exception as e:
    print(type(e).__name__, e)
try:
    np.unravel_index(1.5, (3, 4))
except Exception as e:
    print(type(e).__name__, e)
