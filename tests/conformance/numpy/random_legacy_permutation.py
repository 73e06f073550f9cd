import numpy as np
np.random.seed(8)
print(np.random.permutation(10))
print(np.random.permutation([1, 4, 9, 12, 15]))
x = np.arange(9).reshape(3, 3)
print(np.random.permutation(x))
print(x)
print(np.random.permutation(np.array([0.5, 1.5])).tolist())
print(np.random.permutation(1).tolist(), np.random.permutation(0).tolist())
