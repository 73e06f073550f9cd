import numpy as np
for t in [np.int8, np.int16, np.int32, np.uint8, np.bool_]:
    a = np.array([1, 1, 0], dtype=t)
    print(t.__name__, repr(a.sum()), repr(a.prod()), repr(a.max()), repr(a.cumsum()))
print(repr(np.array([1, 2], dtype=np.float16).sum()))
print(repr(np.array([1, 2], dtype=np.float16).mean()))
print(repr(np.array([1, 2], dtype=np.complex64).sum()))
print(repr(np.array([1, 2, 3], dtype=np.int32).mean()))
print(repr(np.array([1, 2, 3], dtype=np.int32).std()))
