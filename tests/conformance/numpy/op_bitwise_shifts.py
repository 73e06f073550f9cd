import numpy as np
a = np.array([1, 2, -8, 127], dtype=np.int8)
print(repr(a << 1), repr(a >> 1), repr(a << np.array([0, 1, 2, 3], dtype=np.int8)))
u = np.array([1, 128, 255], dtype=np.uint8)
print(repr(u << 1), repr(u >> 7), repr(~u), repr(u & 0x0F), repr(u | 0x80), repr(u ^ 0xFF))
i = np.array([-1, 0, 5])
print(repr(~i), repr(i & 3), repr(i | -8), repr(i ^ i), repr(i >> 63), repr(np.array([1]) << 62))
print(repr(np.left_shift(1, np.arange(5))), repr(np.right_shift(256, np.arange(0, 9, 4))))
print(repr(np.bitwise_and.reduce(np.array([7, 5, 13]))), repr(np.bitwise_or.reduce(np.array([1, 2, 8]))))
try:
    np.array([1.5]) & 1
except Exception as e:
    print(type(e).__name__, e)
print(repr(np.array([True, False]) ^ True), repr(np.array([True]) << 2))
print(repr(np.bitwise_count(np.array([0, 7, 255, -1]))))
