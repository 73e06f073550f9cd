import numpy as np
rng = np.random.default_rng(0)
a = rng.random(5, dtype=np.float32)
print(a, a.dtype)
print(a.tolist())
print(repr(rng.random(dtype=np.float32)))
print(rng.random(3).tolist())
print(rng.random(3, dtype='float32').tolist())
