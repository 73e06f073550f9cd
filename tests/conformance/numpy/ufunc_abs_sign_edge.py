import numpy as np
print(repr(np.abs(np.array([-np.inf, -0.0, np.nan, -1e-320]))), repr(np.fabs(np.array([-2, 3]))))
print(repr(np.sign(np.array([np.nan, -np.inf, 0.0, 1e-300]))), repr(np.sign(np.array([-5, 0, 5], dtype=np.int8))))
print(repr(np.sign(np.array([3 + 4j, -2j, 0j]))), repr(np.abs(np.array([3 + 4j, -5j]))))
print(repr(np.abs(np.array([-128, 127], dtype=np.int8))), repr(np.abs(np.array([True, False]))))
print(repr(np.sign(np.array([1, 0], dtype=np.uint8))), repr(np.copysign(3, -0.0)), repr(np.signbit(np.array([-0.0, 0.0, -1, np.nan]))))
print(repr(np.positive(np.array([-1, 1]))), repr(np.absolute(-7)), repr(np.sign(np.float32(-2.5))))
print(repr(np.abs(np.array([[-1.5, 2], [3, -4]]))), repr(np.sign(np.array([[-0.5], [0.5]]))))
