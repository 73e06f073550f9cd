import numpy as np
with np.errstate(over='ignore'):
    print(repr(np.exp(np.array([709.0, 710.0, -745.0, -746.0]))))
    print(repr(np.exp(np.array([89.0, 88.0], dtype=np.float32))))
    print(repr(np.exp2(np.array([1023.0, 1024.0]))), repr(np.expm1(np.array([710.0]))))
print(repr(np.exp(np.array([-np.inf, np.inf, np.nan]))), repr(np.exp(0)), repr(np.exp2(10)))
print(repr(np.exp2(np.array([-1, 0, 3]))), repr(np.expm1(np.array([-np.inf, 0.0, 1e-300]))))
print(repr(np.exp(np.array([1 + np.pi * 1j]))), repr(np.exp(np.array([1.0], dtype=np.float16))))
print(repr(np.exp(np.log(np.array([2.0, 3.0])))))
