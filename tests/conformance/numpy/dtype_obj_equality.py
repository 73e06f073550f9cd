import numpy as np
print(np.dtype('int32') == np.int32, np.dtype('int32') == 'i4', np.dtype('int32') == np.int64)
print(np.dtype('float64') == float, np.dtype(float) == np.float64)
print(np.dtype('complex64') == 'c8', np.dtype('bool') == bool, np.dtype('?') == np.bool_)
a = np.arange(3, dtype=np.int16)
print(a.dtype == np.int16, a.dtype in (np.int16, np.int32), a.dtype != 'int16')
print(a.dtype.type is np.int16, a.dtype.type(7), repr(a.dtype.type(7)))
print(np.dtype('i2').name, np.dtype('u1').name, np.dtype('f2').name, np.dtype('c8').name)
print(np.dtype('int8').itemsize, np.dtype('complex128').itemsize, np.dtype('float16').kind)
d = {np.dtype('f8'): 'double', np.dtype('i8'): 'long'}
print(d[np.dtype(float)], d[np.dtype('int64')])
try:
    np.dtype('int7')
except Exception as e:
    print(type(e).__name__, e)
