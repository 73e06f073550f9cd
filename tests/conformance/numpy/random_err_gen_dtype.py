import numpy as np
rng = np.random.default_rng(0)
print(rng.integers(0, 5, 3, dtype=np.int16).tolist())
rng.integers(0, 5, dtype=np.float64)
