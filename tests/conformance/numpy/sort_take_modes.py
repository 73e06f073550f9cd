import numpy as np
a = np.array([[10, 20, 30], [40, 50, 60]])
print(repr(np.take(a, [0, 4, -1])), repr(np.take(a, [2, 0], axis=1)), repr(np.take(a, 1, axis=0)))
print(repr(np.take(a, [[0, 1], [1, 0]], axis=0)), repr(np.take(a, [[0], [2]], axis=-1)))
print(repr(np.take(a, [5, 6, -8], mode='wrap')), repr(np.take(a, [-1, 2, 99], mode='clip')))
print(repr(np.take(a, [3, -4], axis=1, mode='wrap')), repr(np.take(a, np.array([], dtype=int))))
print(repr(a.take([1, 3])), repr(np.take([1.5, 2.5], 1)), repr(np.take(a, 4)), type(np.take(a, 4)).__name__)
out = np.zeros(2, dtype=int)
np.take(a, [1, 2], out=out)
print(repr(out))
for idx in [6, [0, -7]]:
    try:
        np.take(a, idx)
    except Exception as e:
        print(type(e).__name__, e)
try:
    np.take(a, [0, 3], axis=1)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.take(a, [0], axis=2)
except Exception as e:
    print(type(e).__name__, e)
