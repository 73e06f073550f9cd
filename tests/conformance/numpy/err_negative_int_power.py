import numpy as np
a = np.array([1, 2, 3])
print(a ** 2)
print(a.astype(float) ** -1)
print(a ** -1)
