import numpy as np
a = np.ones((2, 3))
print(a.sum(axis=1))
try:
    a.sum(axis=2)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.zeros(0).max()
except ValueError as e:
    print('ValueError:', e)
np.argmax(a, axis=-3)
