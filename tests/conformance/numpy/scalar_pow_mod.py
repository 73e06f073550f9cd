import numpy as np
print(repr(np.int64(2) ** 62), repr(np.int64(0) ** 0), repr(np.int64(-2) ** 3))
try:
    np.int64(2) ** -1
except Exception as e:
    print(type(e).__name__, e)
print(repr(np.int64(2) ** -1.0), repr(np.float64(4) ** -0.5))
with np.errstate(invalid='ignore'):
    print(repr(np.float64(-8) ** 0.5))
print(repr(np.float64(5.5) % 2), repr(np.float64(-5.5) % 2), repr(np.float64(5.5) % -2))
print(repr(divmod(np.float64(7.5), 2)), repr(divmod(np.int64(-7), 2)))
print(repr(pow(np.int64(3), 2)), repr(np.int8(2) ** np.int8(7)))
print(repr(np.uint8(2) ** 8), repr(np.float32(2) ** 10))
print(repr(np.int64(10) // np.float64(3)), repr(np.int64(-10) // 3))
with np.errstate(all='ignore'):
    print(repr(np.int64(5) // 0), repr(np.int64(5) % 0), repr(np.float64(5) % 0))
