import numpy as np
print(repr(np.arange(6).reshape(-1, 2)))
a = np.arange(6)
print(a.reshape(2, 3))
print(a.reshape(4))
