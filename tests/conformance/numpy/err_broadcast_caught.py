import numpy as np
try:
    np.ones((2, 3)) + np.ones((4,))
except ValueError as e:
    print('ValueError:', e)
try:
    np.broadcast_to(np.arange(3), (2, 4))
except ValueError as e:
    print('ValueError:', e)
try:
    np.ones(3)[:] = np.ones(4)
except ValueError as e:
    print('ValueError:', e)
print(np.ones((5, 1, 4)).shape)
np.ones((5, 2, 4)) - np.ones((3, 1))
