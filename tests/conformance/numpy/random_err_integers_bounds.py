import numpy as np
rng = np.random.default_rng(1)
rng.integers(0, 1000, dtype=np.int8)
