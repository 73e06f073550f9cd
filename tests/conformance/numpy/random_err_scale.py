import numpy as np
np.random.seed(0)
print(np.random.normal(0, 1, 2).tolist())
np.random.normal(0, -2.0, 3)
