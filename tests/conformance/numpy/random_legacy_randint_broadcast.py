import numpy as np
np.random.seed(3)
print(np.random.randint([0, 10, 100], [5, 20, 1000]).tolist())
print(np.random.randint(0, [2, 4, 8, 16]).tolist())
print(np.random.randint([[0], [100]], [10, 20, 30]).tolist())
print(np.random.randint(0, [3, 7], size=(3, 2)).tolist())
print(np.random.randint([1, 2], [3, 4], dtype=np.int32).tolist())
