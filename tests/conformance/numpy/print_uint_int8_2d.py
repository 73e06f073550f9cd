import numpy as np
a = np.arange(24, dtype=np.uint8).reshape(4, 6) * 11
print(a)
print(repr(a))
b = np.arange(-12, 12, dtype=np.int8).reshape(2, 3, 4)
print(repr(b))
c = np.arange(40, dtype=np.int16).reshape(2, 20) - 20
print(repr(c))
