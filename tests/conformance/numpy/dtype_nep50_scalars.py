import numpy as np
vals = [np.int8(1) + 1, np.int8(1) + 1.0, np.float32(1) + 1.0, np.float32(1) + 1, np.float16(1) * 2.5,
        np.uint8(3) * 2, np.int16(5) + np.int8(2), np.int32(2) + np.float32(1.5), np.float32(2) + np.float64(1),
        np.int64(2) + 1j, np.float32(2) * 1j, np.bool_(True) + 1, np.uint8(1) + np.int8(1)]
for v in vals:
    print(repr(v), v.dtype)
print(repr(np.int8(100) * 1.0))
print(repr(np.array(1, dtype=np.int8) + 1), (np.array(1, dtype=np.int8) + 1).dtype)
print(repr(np.array([1], dtype=np.int8) + np.array(1)))
