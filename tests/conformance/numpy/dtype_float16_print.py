import numpy as np
a = np.array([0.1, 1.5, 1000.0, 65504.0], dtype=np.float16)
print(a)
print(repr(a))
b = np.array([1 / 3, 2 / 3, 0.001], dtype=np.float16)
print(b)
print(repr(b))
print(repr(np.float16(0.1)), np.float16(0.1))
with np.errstate(all='ignore'):
    print(repr(np.array([70000.0]).astype(np.float16)))
print(repr(np.arange(5, dtype=np.float16) / 3))
print(repr(np.array([1.0, 1000.0], dtype=np.float16)))
