import numpy as np
rng = np.random.default_rng(4)
print(rng.uniform(size=3).tolist())
print(rng.uniform(-1, 1, 4).tolist())
print(repr(rng.uniform(2.5, 3.5)))
print(rng.uniform([0, 10], [1, 20]).tolist())
print(rng.uniform(0, [1, 2, 3], size=(2, 3)).tolist())
