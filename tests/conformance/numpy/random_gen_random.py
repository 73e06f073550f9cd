import numpy as np
for s in [0, 1, 42, 12345678901234567890]:
    rng = np.random.default_rng(s)
    a = rng.random(5)
    print(a)
    print(a.tolist())
    print(repr(rng.random()))
rng = np.random.default_rng(3)
print(rng.random((2, 3)))
x = rng.random(1000)
print(repr(x[999]), repr(float(x.sum())))
