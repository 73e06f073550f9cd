import numpy as np
for t in [np.float16, np.float32, np.float64]:
    f = np.finfo(t)
    print(t.__name__, f.dtype, f.bits, f.precision, f.nmant, f.nexp, f.minexp, f.maxexp, f.iexp, f.machep, f.negep)
    print(repr(f.eps), repr(f.epsneg), repr(f.smallest_normal), repr(f.smallest_subnormal), repr(f.resolution))
print(repr(np.finfo(np.complex128).eps), np.finfo(np.complex64).dtype, np.finfo(1.0).bits, np.finfo(np.float32(1)).bits)
with np.errstate(over='ignore'):
    print(np.finfo(np.float64).max * 2, -np.finfo(np.float32).max == np.finfo(np.float32).min)
print(1.0 + np.finfo(float).eps > 1.0, 1.0 + np.finfo(float).eps / 2 == 1.0)
try:
    np.finfo(np.int32)
except Exception as e:
    print(type(e).__name__, e)
print(repr(np.finfo(np.float32)))
