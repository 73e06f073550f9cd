import numpy as np
with np.errstate(all='ignore'):
    print(repr(np.float64(1.0) / 0), repr(np.float64(-1.0) / 0), repr(np.float64(0.0) / 0))
    print(repr(np.int64(1) / 0))
    print(repr(np.float64(0.1) + np.float64(0.2)))
    print(repr(np.float32(0.1) + np.float32(0.2)))
    print(repr(np.float64(2) ** 0.5), repr(np.sqrt(np.float64(2))))
    print(repr(np.float64(1e308) * 10))
    print(repr(np.float32(3.4e38) * 2))
print(np.float64(0.1) * 3 == 0.3, np.isclose(np.float64(0.1) * 3, 0.3))
print(repr(np.float64(np.nan) == np.float64(np.nan)))
print(repr(np.pi), repr(np.e), np.pi)
