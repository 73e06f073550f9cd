import numpy as np
cases = [[1, 2.5, True], [True, False], [1, True], [1, 1j], [np.int8(1), np.int16(2)],
         [np.float32(1), 2], [np.float32(1), 2.0], [np.uint8(1), -1], [np.int8(1), 300],
         [2**62, 1.5], [-1, 2**63 - 1], [np.float16(1), np.int8(1)], [[1, 2], [3.0, 4]], [np.bool_(True), 2.0]]
for c in cases:
    try:
        a = np.array(c)
        print(a.dtype, repr(a))
    except Exception as e:
        print(type(e).__name__, e)
print(repr(np.array([1.5, np.float32(2)])), repr(np.array([np.float32(1.5), np.float16(2)])))
