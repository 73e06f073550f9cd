import numpy as np
for v in [1e15, 1e16, 1.5e16, 123456789012345.6, 1e-4, 1e-5, 0.0001234]:
    print(repr(np.float64(v)), str(np.float64(v)))
for v in [1e5, 1e6, 1e7, 16777216.0, 1e-4, 1e-5, 3.14159]:
    print(repr(np.float32(v)), str(np.float32(v)))
for v in [100.0, 1000.0, 10000.0, 1e-5, 0.1]:
    print(repr(np.float16(v)), str(np.float16(v)))
