import numpy as np
a = np.array([1, 2, 3])
print(a > 1)
if a > 1:
    print('never')
