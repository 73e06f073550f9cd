import numpy as np
a = np.arange(6)
for shape in [(4,), (5, -1), (-1, -1), (2, 2, 2)]:
    try:
        a.reshape(shape)
    except ValueError as e:
        print('ValueError:', e)
np.zeros((2, 3)).reshape(7, -1)
