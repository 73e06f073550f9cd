import numpy as np
z = np.zeros(3, dtype=complex)
z[0] = 1
z[1] = 2.5 - 1j
z[2] = np.float32(3)
print(repr(z))
z[:] = np.array([1, 2, 3])
print(repr(z))
z.real[1] = -7
z.imag[::2] = 4
print(repr(z))
f = np.zeros(2)
f[0] = np.int64(2**53 + 1)
f[1] = True
print(repr(f))
f32 = np.zeros(2, dtype=np.float32)
f32[0] = 0.1
with np.errstate(over='ignore'):
    f32[1] = 1e39
print(repr(f32))
f[1] = np.float32(2.5)
print(repr(f))
try:
    f[0] = [1, 2]
except Exception as e:
    print(type(e).__name__, e)
