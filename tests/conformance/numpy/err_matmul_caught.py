import numpy as np
try:
    np.ones(3) @ np.ones(4)
except ValueError as e:
    print('ValueError:', e)
try:
    np.dot(np.ones((2, 3)), np.ones((2, 3)))
except ValueError as e:
    print('ValueError:', e)
try:
    np.array(3) @ np.ones(3)
except ValueError as e:
    print('ValueError:', e)
np.matmul(np.ones((4, 2)), np.ones((3, 4)))
