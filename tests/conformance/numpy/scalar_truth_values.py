import numpy as np
vals = [np.int64(0), np.int64(-1), np.float64(0.0), np.float64(-0.0), np.float64(np.nan), np.float32(1e-45),
        np.complex128(0j), np.complex128(1j), np.bool_(False), np.uint8(0), np.array(0), np.array([7])]
for v in vals:
    print(repr(v), bool(v), 'yes' if v else 'no')
print(not np.int64(0), np.float64(2) and 'x', np.int8(0) or 'fallback')
print(np.True_ is np.bool_(True), np.bool_(np.int64(3)), repr(np.bool_(np.nan)))
print(any([np.float64(0), np.int8(2)]), all([np.True_, np.float32(0.1)]))
