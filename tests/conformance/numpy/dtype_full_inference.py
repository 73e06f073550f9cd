import numpy as np
print(repr(np.full(3, 7)), repr(np.full(3, 2.5)), repr(np.full(2, True)), repr(np.full(2, 1j)))
print(repr(np.full((2, 2), np.nan)))
print(repr(np.full(3, 7, dtype=np.float32)), repr(np.full(3, 2.9, dtype=int)))
print(repr(np.full(2, np.int8(3))), repr(np.full(2, np.float32(0.5))))
print(repr(np.full((2, 3), [1, 2, 3])))
print(repr(np.full((3, 2), [[1], [2], [3]], dtype=float)))
print(repr(np.zeros(2, dtype=complex)), repr(np.ones(2, dtype=bool)), repr(np.ones(2, dtype='u1')))
print(repr(np.zeros((1, 2), dtype=np.float16)))
try:
    np.full((2, 2), [1, 2, 3])
except Exception as e:
    print(type(e).__name__, e)
