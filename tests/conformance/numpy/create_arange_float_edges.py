import numpy as np
print(repr(np.arange(1.0, 0.0, -0.25)))
print(repr(np.arange(-1, 1, 0.5)))
print(repr(np.arange(0, 5, 2, dtype=float)))
print(repr(np.arange(3, dtype=np.float32) * 0.1))
print(repr(np.arange(0.1, 0.5, 0.1)), len(np.arange(0.1, 0.5, 0.1)))
print(repr(np.arange(10, 1, -3)), repr(np.arange(-5, -1)))
print(repr(np.arange(2.5)), repr(np.arange(np.int8(4))), np.arange(np.int8(4)).dtype)
print(repr(np.arange(0, 1, 1 / 3)))
print(repr(np.arange(1, 10, 4.5)), repr(np.arange(True, 3)))
try:
    np.arange(0, 5, 0)
except Exception as e:
    print(type(e).__name__, e)
print(repr(np.arange(start=2, stop=5)), repr(np.arange(5, dtype=np.int16)[::-1]))
