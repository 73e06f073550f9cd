import numpy as np
x = np.array([3, 0, 3, 7, 1, 3])
print(repr(np.bincount(x)), repr(np.bincount(x, minlength=10)), repr(np.bincount(x, minlength=2)))
print(repr(np.bincount(np.array([], dtype=np.int64))), repr(np.bincount(np.array([], dtype=int), minlength=3)))
print(repr(np.bincount(x, weights=np.array([1.0, 0.5, 1.0, 2.0, -1.0, 0.25]))))
print(repr(np.bincount(np.array([1, 1, 2], dtype=np.uint8))), repr(np.bincount([0, 0, 0])))
print(repr(np.argmax(np.bincount(x))), repr(np.bincount(np.array([True, False, True]).astype(int))))
for bad in [np.array([-1, 2]), np.array([1.5, 2.0]), np.array([[1, 2]])]:
    try:
        np.bincount(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    np.bincount(x, weights=np.ones(2))
except Exception as e:
    print(type(e).__name__, e)
