import numpy as np
for t, v in [(np.int8, 127), (np.int8, 128), (np.uint8, -1), (np.uint8, 255), (np.int16, 40000), (np.int32, 2**31)]:
    try:
        print(repr(t(v)))
    except Exception as e:
        print(type(e).__name__, e)
print(repr(np.int8(3.9)), repr(np.int8(-3.9)), repr(np.uint8(True)))
with np.errstate(over='ignore'):
    print(repr(np.float32(1e40)), repr(np.float16(1e5)))
print(repr(np.int64(np.float64(42.9))), repr(np.float64(np.int8(5))), repr(np.float32(np.float64(np.nan))), repr(np.float32(-np.inf)))
print(repr(np.complex128(2)), repr(np.complex64(1 + 2j)), repr(np.complex128(np.float32(0.5))))
print(repr(np.int16(np.float32(7.5))), repr(np.float32(np.int64(16777217))))
print(repr(np.bool_(0.0)), repr(np.bool_(-3)), repr(np.bool_(np.int8(0))))
