import numpy as np
for s in ['flaot64', 'int7', 'bogus']:
    try:
        np.dtype(s)
    except TypeError as e:
        print('TypeError:', e)
try:
    np.ones(3, dtype=int).astype('nope')
except TypeError as e:
    print('TypeError:', e)
np.array([1, 2], dtype='i3')
