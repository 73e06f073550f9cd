import numpy as np
c = np.array([1 + 2j, 3 - 4j, -5j])
print(repr(c.real), repr(c.imag))
print(repr(np.real(c)), repr(np.imag(c)))
f = np.array([1.5, -2.0])
print(repr(f.real), repr(f.imag))
c.real[0] = 10
print(repr(c))
c.imag = 0
print(repr(c))
c64 = np.array([1 + 1j], dtype=np.complex64)
print(repr(c64.real), repr(c64.imag))
print(repr(np.conj(np.array([1 + 2j]))), repr(np.array([1 - 1j]).conjugate()))
print(repr(np.abs(np.array([3 + 4j, -5j]))))
