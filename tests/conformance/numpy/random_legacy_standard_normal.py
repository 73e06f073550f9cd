import numpy as np
np.random.seed(11)
print(np.random.standard_normal(4).tolist())
print(np.random.standard_normal((2, 3)))
print(repr(np.random.standard_normal()))
print(np.random.standard_normal(size=(1,)).dtype)
