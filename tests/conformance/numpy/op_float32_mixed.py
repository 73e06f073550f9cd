import numpy as np
f = np.array([1.1, 2.2, 3.3], dtype=np.float32)
print(repr(f + 1), repr(f + 1.1), repr(f * np.float32(2)), repr(f + np.float64(0.5)))
print(repr(f + np.array([1.0, 2.0, 3.0])), repr(f + np.array([1, 2, 3], dtype=np.int8)), repr(f + np.array([1, 2, 3], dtype=np.int32)))
print(repr(f / 3), repr(f // 1), repr(f % 1))
print(repr(f == 1.1), repr(f == np.float32(1.1)), repr(f > 2.2))
print(repr(f.sum()), repr(f @ f), repr(f.astype(np.float64)))
print(repr(np.array([16777216], dtype=np.float32) + 1), repr(np.array([1e-8], dtype=np.float32) + 1))
print(repr(f * 1j), (f * 1j).dtype, repr(f + np.complex128(1j)))
