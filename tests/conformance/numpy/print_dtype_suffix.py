import numpy as np
for t in ['bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'float16', 'float32', 'float64', 'complex64', 'complex128']:
    print(repr(np.array([1, 0], dtype=t)))
    print(repr(np.array(1, dtype=t)))
    print(repr(np.arange(2000).astype(t)))
print(repr(np.array([[1, 2]], dtype=np.int32)))
print(repr(np.arange(1001, dtype=np.int32)))
