import numpy as np
i = np.array([-3, 0, 7])
for fn in [np.floor, np.ceil, np.trunc, np.rint, np.fix]:
    r = fn(i)
    print(fn.__name__, repr(r), r.dtype)
u = np.array([1, 2], dtype=np.uint8)
print(repr(np.floor(u)), repr(np.ceil(np.array([True, False]))))
print(repr(np.floor(np.array([1.7], dtype=np.float32))), repr(np.floor(np.array([-1.5], dtype=np.float16))))
print(repr(np.floor(5)), repr(np.ceil(-2.1)), repr(np.trunc(-2.9)))
print(repr(np.floor_divide(np.array([7.5, -7.5]), 2)), repr(np.floor(np.array([-0.0, 0.3]))))
