import numpy as np
rng = np.random.default_rng(15)
x = rng.multivariate_normal([0.0, 1.0], [[1.0, 0.0], [0.0, 4.0]], 3)
print(x.tolist())
y = rng.multivariate_normal([1, 2, 3], np.diag([3.0, 1.0, 2.0]))
print(y.tolist())
z = rng.multivariate_normal([5, -5], [[0.5, 0], [0, 9]], size=(2, 2))
print(z.shape)
print(z)
