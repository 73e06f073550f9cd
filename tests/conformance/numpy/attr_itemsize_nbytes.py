import numpy as np
for dt in ['bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'float16', 'float32', 'float64', 'complex64', 'complex128']:
    a = np.zeros((2, 3), dtype=dt)
    print(dt, a.itemsize, a.nbytes, a.dtype.itemsize)
a = np.arange(20)
print(a[::2].nbytes, a[5:5].nbytes, a.reshape(4, 5)[:, 0].nbytes)
print(np.array(1.5).nbytes, np.float32(1).nbytes, np.array([]).nbytes)
print(repr(np.zeros(3, dtype=np.int16)[::2].itemsize), np.dtype('c16').itemsize * 4)
