import numpy as np
np.random.seed()
a = np.random.rand(3)
print(a.shape, bool(((a >= 0) & (a < 1)).all()))
np.random.seed(None)
rng = np.random.default_rng()
b = rng.random(4)
print(b.shape, b.dtype)
print(np.random.default_rng(None).integers(0, 10, 3).shape)
