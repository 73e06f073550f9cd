import numpy as np
a = np.arange(-6, 6).reshape(2, 3, 2) * 1.25
print(a)
print(repr(a))
b = np.array([[[1e-5, 1.0]], [[2.0, -3.0]]])
print(repr(b))
c = np.arange(16).reshape(2, 2, 2, 2) - 8
print(c)
print(repr(c))
print(repr(np.zeros((2, 1, 1))), repr(np.ones((1, 2, 2), dtype=np.float32)))
print(repr(np.arange(12).reshape(3, 1, 4) > 5))
print(repr((np.arange(8).reshape(2, 2, 2) * (1 + 1j))))
