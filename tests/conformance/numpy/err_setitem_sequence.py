import numpy as np
a = np.zeros(3)
a[0] = 1.5
print(a)
a[1] = [1.0, 2.0]
