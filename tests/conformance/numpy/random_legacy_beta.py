import numpy as np
np.random.seed(11)
print(np.random.beta(2.0, 3.0, 4).tolist())
print(np.random.beta(0.5, 0.5, 4).tolist())
print(np.random.beta(0.3, 2.0, 3).tolist())
print(repr(np.random.beta(1.0, 1.0)))
print(np.random.beta([1, 2, 3], [3, 2, 1]).tolist())
