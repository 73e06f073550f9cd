import numpy as np
z = np.array([1 + 2j, -3 + 0.5j, 2j])
print(repr(np.real(z)), repr(np.imag(z)), repr(np.conj(z)), repr(np.conjugate(z)))
print(repr(np.abs(z)))
print(repr(np.angle(z)))
print(repr(z * z), repr(z + 1), repr(z / 2))
print(repr(np.exp(np.array([1j * np.pi]))))
print(repr(np.real(np.array([1.5, 2.0]))), repr(np.iscomplexobj(z)), repr(np.isreal(z)))
print(repr(np.sqrt(np.array([-1 + 0j, 4 + 0j]))))
