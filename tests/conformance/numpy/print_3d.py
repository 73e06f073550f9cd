import numpy as np
a = np.arange(12.0).reshape(2, 2, 3) / 4
print(a)
print(repr(a))
b = np.arange(-6, 6).reshape(3, 2, 2)
print(b)
print(repr(b))
c = np.ones((2, 2, 2), dtype=bool)
print(repr(c))
print(repr(np.zeros((2, 2, 2), dtype=np.float32)))
