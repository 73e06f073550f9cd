import numpy as np
print(repr(np.array([1, 2, 3])[-3]))
a = np.array([1, 2, 3])
print(a[2])
print(a[5])
