import numpy as np
for t in [np.int8, np.uint8, np.int16, np.uint16, np.int32, np.uint32]:
    a = np.arange(1, 6, dtype=t)
    s = a.sum()
    p = a.prod()
    print(t.__name__, repr(s), s.dtype, repr(p), p.dtype, a.cumsum().dtype, a.max().dtype)
big = np.array([10**9, 10**9, 10**9], dtype=np.int64)
print(repr(big.sum()), repr(np.array([2**62, 2**62]).sum() // 2))
print(repr(np.arange(1, 21).prod()), repr(np.arange(1, 21, dtype=np.float64).prod()))
print(repr(np.prod(np.array([[1, 2], [3, 4]]), axis=0)), repr(np.prod(np.array([]))))
print(repr(np.prod(np.array([True, True]))), np.prod(np.array([True, True])).dtype)
print(repr(np.prod(np.array([-1.5, 2.0, -3.0]))), repr(np.prod(np.array([1 + 1j, 1 - 1j]))))
