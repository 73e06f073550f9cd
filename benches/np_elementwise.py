import numpy as np
n = 10_000_000
a = np.arange(n) * 0.5
b = np.ones(n) * 0.25
for _ in range(5):
    c = a + b
    d = np.sqrt(a * a + b * b)
    e = np.exp(b)
print(c[-1], d[-1], e[-1])
