import numpy as np
np.random.seed(4)
print(np.random.uniform(size=3).tolist())
print(np.random.uniform(-1, 1, 4).tolist())
print(repr(np.random.uniform(2.5, 3.5)))
print(np.random.uniform([0, 10], [1, 20]).tolist())
print(np.random.uniform(0, [1, 2, 3], size=(2, 3)).tolist())
print(np.random.uniform(5, 1, 3).tolist())
