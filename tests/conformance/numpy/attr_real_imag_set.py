import numpy as np
z = np.array([1 + 2j, 3 - 4j, -1j])
r = z.real
r[0] = 10
print(repr(z))
z.imag = 0
print(repr(z))
z.real = [5, 6, 7]
print(repr(z))
z.imag[1:] = np.array([1.5, -2.5])
print(repr(z))
f = np.array([1.5, -2.5])
print(repr(f.real), repr(f.imag), f.real is f, np.shares_memory(f, f.real))
i = np.array([1, 2])
print(repr(i.imag), i.imag.dtype)
try:
    f.imag = 1
except Exception as e:
    print(type(e).__name__, e)
c64 = np.array([1 + 1j], dtype=np.complex64)
print(c64.real.dtype, c64.imag.dtype, repr(c64.real))
