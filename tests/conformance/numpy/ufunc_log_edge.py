import numpy as np
with np.errstate(divide='ignore', invalid='ignore'):
    x = np.array([0.0, -0.0, -1.0, 1.0, np.inf, np.nan])
    print(repr(np.log(x)))
    print(repr(np.log2(x)))
    print(repr(np.log10(x)))
    print(repr(np.log1p(np.array([-1.0, -2.0, 0.0]))))
print(repr(np.log2(np.array([1, 2, 1024, 3]))), repr(np.log10(np.array([1, 10, 1000, 5]))))
print(repr(np.log(np.e)), repr(np.log(np.array([1], dtype=np.float32))), repr(np.log(np.array([1j, -1 + 0j]))))
print(repr(np.log1p(np.array([1e-20, 1e-10]))), repr(np.expm1(np.log1p(np.array([1e-15])))))
print(repr(np.log(np.array([2], dtype=np.uint8))), repr(np.log10(1e-300)))
