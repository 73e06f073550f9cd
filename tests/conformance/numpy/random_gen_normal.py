import numpy as np
for s in [0, 7, 2024]:
    rng = np.random.default_rng(s)
    print(rng.standard_normal(5).tolist())
    print(repr(rng.standard_normal()))
rng = np.random.default_rng(0)
print(rng.standard_normal((2, 3)))
x = rng.standard_normal(5000)
print(repr(x[4999]), repr(float(x.sum())), repr(float(x.max())), repr(float(x.min())))
print(rng.normal(10, 2, 3).tolist())
print(repr(rng.normal()))
print(rng.normal([0, 100], [1, 0.1]).tolist())
print(rng.normal(0, [1, 2, 3], size=(2, 3)).shape)
