import numpy as np
np.random.seed(9)
print(np.random.exponential(size=4).tolist())
print(np.random.exponential(2.0, 3).tolist())
print(repr(np.random.exponential()))
print(np.random.exponential([1, 10, 100]).tolist())
print(np.random.standard_exponential(4).tolist())
print(repr(np.random.standard_exponential()))
print(np.random.standard_exponential((2, 2)))
