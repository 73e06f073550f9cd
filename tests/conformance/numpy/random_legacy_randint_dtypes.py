import numpy as np
for dt in [np.int8, np.uint8, np.int16, np.uint16, np.int32, np.uint32, np.int64, np.uint64, bool]:
    np.random.seed(1)
    a = np.random.randint(0, 2, 10, dtype=dt) if dt is bool else np.random.randint(0, 100, 10, dtype=dt)
    print(a.dtype, a.tolist())
np.random.seed(2)
print(np.random.randint(-128, 127, 6, dtype=np.int8).tolist())
print(np.random.randint(0, 256, 6, dtype=np.uint8).tolist())
print(np.random.randint(0, 2**32, 4, dtype=np.uint32).tolist())
print(np.random.randint(0, 2**64 - 1, 3, dtype=np.uint64).tolist())
print(repr(np.random.randint(0, 5, dtype=np.int32)))
print(repr(np.random.randint(2, dtype=bool)))
