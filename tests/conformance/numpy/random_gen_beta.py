import numpy as np
rng = np.random.default_rng(11)
print(rng.beta(2.0, 3.0, 4).tolist())
print(rng.beta(0.5, 0.5, 4).tolist())
print(rng.beta(0.3, 2.0, 3).tolist())
print(repr(rng.beta(1.0, 1.0)))
print(rng.beta([1, 2, 3], [3, 2, 1]).tolist())
