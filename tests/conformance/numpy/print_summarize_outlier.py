import numpy as np
a = np.ones(2000)
a[1000] = 1e10
print(repr(a))
a[0] = 1e10
print(repr(a))
b = np.arange(2000) * 1.0
b[500] = np.nan
print(repr(b))
c = np.full(2000, 0.5)
c[1500] = 1e-9
print(c)
