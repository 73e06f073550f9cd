import numpy as np
for v in [0.1, 1 / 3, 2 / 3, 1e-8, 1e8, 123456.78, 16777216.0, 3.4028235e38, 1.17549435e-38, -0.0, 100.0, 1.5e-45]:
    f = np.float32(v)
    print(repr(f), str(f), f.item())
print(repr(np.float32(0.1) * np.float32(3)), repr(np.float32(1) / np.float32(7)))
print(repr(np.float32(np.float64(0.1))), repr(np.float64(np.float32(0.1))))
print(repr(np.float32(2) ** 0.5), repr(np.float32(3) * np.float32(1e-20)))
print(repr(np.float32(7.0)), repr(np.float32(1e-3)), repr(np.float32(12345678.0)))
