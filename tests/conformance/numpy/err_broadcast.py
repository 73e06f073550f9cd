import numpy as np
a = np.arange(3)
b = np.arange(4)
print(a.shape, b.shape)
print(a + b)
