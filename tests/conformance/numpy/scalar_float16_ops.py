import numpy as np
h = np.float16(0.1)
print(repr(h), str(h), h.item(), float(h))
print(repr(h + h), repr(h * 3), repr(h + 1.0), repr(h + np.float32(1)))
print(repr(np.float16(65504)), repr(np.float16(65504) + np.float16(1)))
with np.errstate(over='ignore'):
    print(repr(np.float16(65504) * np.float16(2)))
print(repr(np.float16(1) / np.float16(3)), repr(np.float16(2049)), repr(np.float16(0.0001)))
print(repr(np.float16(6e-8)), repr(np.float16(-2.5).round()), repr(np.float16(1.5) ** 2))
print(np.float16(0.1) == 0.1, np.float16(0.5) == 0.5)
