import numpy as np
x = np.int64(3)
f = np.float32(2.0)
results = [x + 2.5, 2.5 + x, x * 2, 2 * x, x - True, f * 3, 3 * f, f + 0.1, f / 3, 7 // x, 7 % x, 2 ** x,
           x ** 2, f ** 2, x + 1j, f + 1j, x / x, -x, +f]
for r in results:
    print(repr(r), type(r).__name__)
print(repr(np.float64(1.5) + np.int8(1)), repr(np.int8(1) + 0.5))
print(x + 2.5 == 5.5, type(x.item() + 2.5).__name__)
