import numpy as np
print(np.split(np.arange(6), 3))
a = np.arange(7)
print(np.array_split(a, 2))
np.split(a, 2)
