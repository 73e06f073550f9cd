import numpy as np
pairs = [(np.uint8, np.int8), (np.uint8, np.int16), (np.uint8, np.int32), (np.uint8, np.int64), (np.int8, np.int16),
         (np.int16, np.int32), (np.int32, np.int64), (np.uint8, np.float16), (np.int16, np.float16), (np.int32, np.float32),
         (np.int64, np.float32), (np.int8, np.complex64), (np.int32, np.complex64), (np.bool_, np.uint8), (np.bool_, np.float16)]
for x, y in pairs:
    r = np.ones(1, dtype=x) + np.ones(1, dtype=y)
    print(np.dtype(x).name, np.dtype(y).name, r.dtype, repr(r))
print(repr(np.array([200], dtype=np.uint8) + np.array([-100], dtype=np.int8)))
print(repr(np.array([255], dtype=np.uint8) * np.array([2], dtype=np.int16)))
print(repr(np.array([2**40]) * np.array([1.5], dtype=np.float32)))
print(repr(np.array([-1], dtype=np.int8) < np.array([255], dtype=np.uint8)))
