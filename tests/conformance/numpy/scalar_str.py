import numpy as np
for v in [np.float64(0.1), np.float64(1 / 3), np.float64(1e16), np.float64(123456789.0), np.float64(1e-5), np.float32(1 / 3), np.float32(1e10), np.float16(1 / 3), np.int64(-5), np.uint8(7), np.complex128(1j), np.complex128(-1.5 + 0j), np.bool_(True)]:
    print(str(v), repr(v))
print(f"{np.float64(3.14159):.2f}", f"{np.int64(42):5d}", f"{np.float32(0.5)}")
print("%s %r" % (np.float64(2.0), np.float64(2.0)))
print(str([np.float64(2.0), np.int64(1)]))
