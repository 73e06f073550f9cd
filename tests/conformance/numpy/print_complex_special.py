import numpy as np
print(repr(np.array([complex(np.nan, 1), complex(1, np.inf), complex(-np.inf, -np.nan)])))
print(repr(np.array([1 - 0j, -0.0 + 0j, complex(0, -0.0)])))
print(repr(np.array([1e-10 + 1j, 1e10 - 1j])), repr(np.array([1.5 + 2.25j, -3 - 4j])))
print(repr(np.array([1 + 1j], dtype=np.complex64)), repr(np.array([0.1 + 0.2j], dtype=np.complex64)))
print(np.array([[1 + 2j, 3.5 - 1j], [0j, -1j]]))
print(repr(np.array(3 - 4j)), str(np.array(3 - 4j)), repr(np.array([1j])[0]), str(np.complex64(2.5 + 1j)))
print(repr(np.arange(3) * (1 + 1j) / 3))
print(repr(np.array([1 + 1e-8j, 100 + 0j])))
with np.printoptions(precision=2, suppress=True):
    print(repr(np.array([1 / 3 + 2j / 3, 1e-9 + 1j])))
with np.printoptions(sign='+'):
    print(repr(np.array([1 + 1j, -1 - 1j])))
