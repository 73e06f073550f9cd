import numpy as np
print(repr(np.arange(5)[np.array([1, 2])]))
a = np.arange(5)
print(a[np.int64(2)], a[np.array(3)])
a[1.0]
