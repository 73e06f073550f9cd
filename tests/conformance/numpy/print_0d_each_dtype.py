import numpy as np
for t in [np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64, np.float16, np.float32, np.float64, np.complex64, np.complex128, np.bool_]:
    a = np.array(1, dtype=t)
    n = np.array(-1, dtype=t) if np.dtype(t).kind in 'ifc' else a
    print(t.__name__, repr(a), str(a), repr(n), a.ndim, a.shape)
print(repr(np.array('abc')), str(np.array('abc')), repr(np.array(b'xy')))
print(repr(np.array(0.1, dtype=np.float32)), repr(np.array(1e20, dtype=np.float32)), repr(np.array(np.inf, dtype=np.float16)))
print(repr(np.array(1e-300)), repr(np.array(123456789.0)), repr(np.array(-2.5e-7)))
print(repr(np.zeros(())), repr(np.ones((), dtype=int)), repr(np.full((), np.nan)))
print(repr(np.array([[5]])[0, 0]), repr(np.array([[5]])[0, 0, ...]), repr(np.array([[5]])[..., 0]))
