import numpy as np
f = np.array([0.1, 0.2, 1 / 3, 100.0], dtype=np.float32)
print(f, repr(f))
print(repr(f * 1e-6), repr(f * 1e8), repr(-f[:2]))
h = np.array([0.1, 1.5, 65504.0, -2.0], dtype=np.float16)
print(h, repr(h))
print(repr(np.array([1e-4, 1.0], dtype=np.float16)), repr(np.arange(5, dtype=np.float16) / 3))
print(repr(np.array([[1.5, 2.0], [3.0, 4.125]], dtype=np.float32)))
print(repr(np.array([16777217.0], dtype=np.float32)), repr(np.array([1e38, -1e-38], dtype=np.float32)))
print(repr(np.linspace(0, 1, 7, dtype=np.float32)))
with np.printoptions(precision=3):
    print(repr(f), repr(h))
