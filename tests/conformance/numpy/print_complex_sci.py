import numpy as np
print(repr(np.array([1e-8 + 1j, 1 + 1e-8j])))
print(repr(np.array([1e20 + 0j])))
print(repr(np.array([1.5 - 1e5j, 2 + 3j])))
print(repr(np.array([0.1 + 0.2j, 10 + 20j], dtype=np.complex64)))
print(repr(np.array([1 + 1j]) / 3))
print(repr(np.arange(3) * (0.5 - 0.25j)))
print(np.complex128(1e-5 + 2j), repr(np.complex64(1 / 3 + 1j)))
