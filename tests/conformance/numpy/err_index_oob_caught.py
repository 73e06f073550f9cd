import numpy as np
m = np.zeros((2, 3))
for idx in [(0, 3), (-3, 0), 2]:
    try:
        m[idx]
    except IndexError as e:
        print('IndexError:', e)
try:
    np.arange(3)[[0, 7]]
except IndexError as e:
    print('IndexError:', e)
try:
    np.arange(3)[0, 0]
except IndexError as e:
    print('IndexError:', e)
try:
    np.arange(3)[np.array([True, False])]
except IndexError as e:
    print('IndexError:', e)
m[1, -4] = 1
