import numpy as np
rng = np.random.default_rng(5)
a = rng.standard_normal(6, dtype=np.float32)
print(a, a.dtype)
print(a.tolist())
x = rng.standard_normal(3000, dtype=np.float32)
print(repr(float(x[2999])), repr(float(x.astype(np.float64).sum())))
