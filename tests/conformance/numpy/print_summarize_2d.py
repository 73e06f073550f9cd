import numpy as np
a = np.arange(2500).reshape(50, 50)
print(a)
print(repr(a))
b = np.arange(2500.0).reshape(50, 50) / 7
print(repr(b))
c = np.arange(3000).reshape(3, 1000)
print(repr(c))
d = np.arange(3000).reshape(1000, 3)
print(d)
