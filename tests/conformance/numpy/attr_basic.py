import numpy as np
a = np.arange(24, dtype=np.float32).reshape(2, 3, 4)
print(a.shape, a.ndim, a.size, a.dtype, a.itemsize, a.nbytes)
print(repr(a.shape), type(a.shape).__name__)
print(len(a), len(a[0]))
b = np.array(5.0)
print(b.shape, b.ndim, b.size, b.itemsize)
c = np.zeros((3, 0))
print(c.shape, c.size, len(c))
for t in ['bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'float16', 'float32', 'float64', 'complex64', 'complex128']:
    print(t, np.zeros(3, dtype=t).itemsize, np.zeros(3, dtype=t).nbytes)
print(a.strides, a.T.strides, a[:, ::2].strides)
