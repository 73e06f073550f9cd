import numpy as np
for t in [np.bool_, np.int8, np.int16, np.int32, np.int64, np.uint8, np.float16, np.float32, np.float64, np.complex64, np.complex128]:
    d = np.dtype(t)
    print(d, repr(d), d.name, d.itemsize, d.kind)
print(np.dtype('f4'), np.dtype('i8'), np.dtype('u1'), np.dtype('c16'), np.dtype('?'))
print(repr(np.dtype(float)), repr(np.dtype(int)), repr(np.dtype(bool)), repr(np.dtype(complex)))
print(np.dtype('float32') == np.float32, np.dtype('int64') == 'int64')
a = np.array([1, 2, 3])
print(a.dtype)
print(repr(a.dtype))
print(str(a.dtype), a.dtype.name)
print([a.dtype, np.dtype('float32')])
