import numpy as np
for t in [np.int8, np.int16, np.int32, np.int64, np.uint8]:
    a = np.array([1, -2, 100], dtype=t) if t != np.uint8 else np.array([1, 2, 100], dtype=t)
    print(a)
    print(repr(a))
print(repr(np.array([-5, 10, -100000])))
print(repr(np.array([[1, -1], [100, 0]], dtype=np.int16)))
print(repr(np.array(7, dtype=np.int32)))
print(repr(np.array([2**63 - 1, -2**63])))
