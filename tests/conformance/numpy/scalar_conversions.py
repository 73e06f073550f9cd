import numpy as np
f = np.float64(-3.7)
print(int(f), float(f), complex(f), bool(f), str(f))
print(int(np.float32(2.9)), float(np.float32(0.1)), float(np.float16(0.1)))
print(int(np.uint8(255)), int(np.int8(-128)), float(np.int64(2**53 + 1)))
print(bool(np.int64(0)), bool(np.float64(0.0)), bool(np.float64(np.nan)), bool(np.complex128(0j)))
lst = ['a', 'b', 'c', 'd']
print(lst[np.int64(2)], lst[np.uint8(1)], lst[np.int32(-1)])
print('xyz' * np.int64(2), [0] * np.int8(3))
print(range(np.int64(3)), list(range(np.int16(1), np.int64(4))))
try:
    lst[np.float64(1.0)]
except Exception as e:
    print(type(e).__name__, e)
try:
    int(np.float64(np.inf))
except Exception as e:
    print(type(e).__name__, e)
try:
    int(np.float64(np.nan))
except Exception as e:
    print(type(e).__name__, e)
print(hex(np.int64(255)), bin(np.uint8(5)), round(np.float64(2.675), 2))
