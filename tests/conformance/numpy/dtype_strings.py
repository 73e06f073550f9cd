import numpy as np
for s in ['bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'float16', 'float32', 'float64', 'complex64', 'complex128']:
    a = np.zeros(2, dtype=s)
    print(s, a, repr(a))
print(repr(np.ones(3, dtype='f')))
print(repr(np.ones(3, dtype='d')))
print(repr(np.ones(3, dtype='i4')))
