import numpy as np
z = np.array([1 + 1j, 2 - 3j, -1j])
w = np.array([1j, 1 + 0j, 2])
print(repr(z + w), repr(z - w), repr(z * w), repr(z / w))
print(repr(z ** 2), repr(z * 1.5), repr(z + np.array([1, 2, 3])), repr(2 / z))
print(repr(abs(z)), repr(-z), repr(z.conj() * z))
with np.errstate(all='ignore'):
    print(repr(z / 0), repr(np.array([0j]) / 0))
print(repr(z == w), repr(z != 1 + 1j))
try:
    z < w
except Exception as e:
    print(type(e).__name__, e)
try:
    z // 2
except Exception as e:
    print(type(e).__name__, e)
print(repr(np.array([1 + 2j], dtype=np.complex64) * np.array([2.0])), repr(z.sum()), repr(z.prod()))
