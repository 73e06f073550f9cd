import numpy as np
print(np.array([7]).item())
try:
    float(np.array([1.0, 2.0]))
except TypeError as e:
    print('TypeError:', e)
try:
    int(np.array([1, 2]))
except TypeError as e:
    print('TypeError:', e)
np.array([1, 2]).item()
