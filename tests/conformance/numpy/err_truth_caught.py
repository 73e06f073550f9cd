import numpy as np
try:
    bool(np.array([True, False]))
except ValueError as e:
    print('ValueError:', e)
try:
    np.array([1, 2]) and np.array([3])
except ValueError as e:
    print('ValueError:', e)
try:
    bool(np.array([]))
except ValueError as e:
    print('ValueError:', e)
x = np.arange(4)
print((x > 1) & (x < 3))
print(x > 1 and x < 3)
