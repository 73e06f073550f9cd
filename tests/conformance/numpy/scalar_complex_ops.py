import numpy as np
z = np.complex128(3 + 4j)
print(repr(z), str(z), repr(z.real), repr(z.imag), repr(abs(z)))
print(repr(z.conjugate()), repr(np.conj(z)), repr(np.angle(z)))
print(repr(z * 2), repr(z / 2), repr(z + 1), repr(z * 1j), repr(z ** 2))
print(repr(z == 3 + 4j), repr(np.complex128(1)), repr(np.complex128(-0.0 - 1j)))
print(repr(np.complex64(1 / 3 + 1j)), str(np.complex64(0.5j)))
print(repr(np.complex128(np.inf + 1j)), repr(np.complex128(complex(np.nan, 0))))
print(repr(np.complex128(1e20 + 1e-20j)), repr(np.complex128(0.1 + 0.2j)))
try:
    print(z < 1)
except Exception as e:
    print(type(e).__name__, e)
print(complex(np.complex64(1 + 2j)), repr(np.sqrt(np.complex128(-4))))
