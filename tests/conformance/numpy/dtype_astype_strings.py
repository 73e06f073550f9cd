import numpy as np
a = np.array([1.75, -2.25, 0.0])
for s in ['float32', 'f4', 'i2', 'int8', 'u1', 'int32', 'c8', 'complex', 'bool', '?', 'f2', 'float', 'int', 'd']:
    b = a.astype(s)
    print(s, b.dtype, repr(b))
try:
    a.astype('notatype')
except Exception as e:
    print(type(e).__name__, e)
