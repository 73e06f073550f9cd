import numpy as np
print(repr(np.sinc(np.array([0.0, 0.5, 1.0, 1.5, 2.0, -0.5]))))
print(repr(np.sinc(0)), repr(np.sinc(np.array([0], dtype=np.float32))))
h = np.array([-np.inf, -1.0, -0.0, 0.0, 1.0, np.nan])
print(repr(np.heaviside(h, 0.5)), repr(np.heaviside(h, 1)))
print(repr(np.heaviside(np.array([-1, 0, 1]), np.array([5, 6, 7]))))
print(repr(np.reciprocal(np.array([1, 2, -1, 3]))), repr(np.reciprocal(np.array([0.25, -4.0, np.inf]))))
print(repr(np.reciprocal(np.array([2.0], dtype=np.float32))), repr(np.reciprocal(np.array([1j, 2 + 0j]))))
print(repr(np.reciprocal(4.0)), repr(np.reciprocal(np.array([2], dtype=np.uint8))))
