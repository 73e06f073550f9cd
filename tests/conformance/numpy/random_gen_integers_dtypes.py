import numpy as np
for dt in [np.int8, np.uint8, np.int16, np.uint16, np.int32, np.uint32, np.int64, np.uint64]:
    rng = np.random.default_rng(1)
    a = rng.integers(0, 100, 12, dtype=dt)
    print(a.dtype, a.tolist())
rng = np.random.default_rng(2)
print(rng.integers(0, 2, 10, dtype=bool).tolist())
print(rng.integers(-128, 128, 6, dtype=np.int8).tolist())
print(rng.integers(0, 255, 6, dtype=np.uint8, endpoint=True).tolist())
print(rng.integers(0, 2**32, 4, dtype=np.uint32).tolist())
print(rng.integers(0, 2**64, 3, dtype=np.uint64).tolist())
print(repr(rng.integers(0, 5, dtype=np.int32)))
print(rng.integers([0, 10], [5, 20]).tolist())
print(rng.integers(0, [3, 300, 30000], size=(2, 3)).tolist())
