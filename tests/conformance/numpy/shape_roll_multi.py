import numpy as np
a = np.arange(10)
print(repr(np.roll(a, 12)), repr(np.roll(a, -13)), repr(np.roll(a, 0)), repr(np.roll(a, 10)))
m = np.arange(12).reshape(3, 4)
print(repr(np.roll(m, (1, -1), axis=(0, 1))), repr(np.roll(m, 2, axis=(0, 1))))
print(repr(np.roll(m, (1, 1), axis=(1, 1))), repr(np.roll(m, -5)))
print(repr(np.roll(np.array([]), 3)), repr(np.roll(np.array([[1.5, 2.5]]), 1, axis=-1)))
print(repr(np.roll(m[:, ::2], 1, axis=1)), repr(np.roll(np.array(5), 1)))
print(repr(np.roll(m, (1, 2), axis=0)))
try:
    np.roll(m, 1, axis=2)
except Exception as e:
    print(type(e).__name__, e)
