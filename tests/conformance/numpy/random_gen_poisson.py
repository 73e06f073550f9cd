import numpy as np
rng = np.random.default_rng(14)
print(rng.poisson(3.0, 8).tolist())
print(rng.poisson(50.0, 8).tolist())
print(rng.poisson(size=4).tolist())
print(repr(rng.poisson(0.5)))
print(rng.poisson([1, 10, 100, 1000]).tolist())
a = rng.poisson(25.0, 3000)
print(int(a.sum()), a[-5:].tolist())
