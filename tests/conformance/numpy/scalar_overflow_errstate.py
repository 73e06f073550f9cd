import numpy as np
with np.errstate(over='ignore'):
    print(repr(np.int64(2**63 - 1) + np.int64(1)))
    print(repr(np.int8(127) + np.int8(1)), repr(np.uint8(0) - np.uint8(1)))
    print(repr(np.int32(2**30) * np.int32(4)))
    print(repr(np.float64(1e308) * 10), repr(np.float32(1e38) * np.float32(10)))
    print(repr(-np.int8(-128)), repr(abs(np.int8(-128))))
with np.errstate(over='raise'):
    try:
        np.int8(100) * np.int8(2)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        np.float64(1e308) * 10
    except Exception as e:
        print(type(e).__name__, e)
with np.errstate(divide='raise'):
    try:
        np.float64(1.0) / 0.0
    except Exception as e:
        print(type(e).__name__, e)
print(np.geterr()['over'], np.geterr()['divide'])
