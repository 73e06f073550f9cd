# multivariate_normal with full covariance matrices: the draws go through LAPACK's SVD (or eigh) of cov.
import numpy as np

np.random.seed(3)
cov = np.array([[2.0, 0.3, 0.1], [0.3, 1.0, 0.2], [0.1, 0.2, 0.5]])
print(np.random.multivariate_normal([0.0, 1.0, -1.0], cov, size=4))
print(np.random.multivariate_normal([1.0, 2.0], [[1.0, 0.8], [0.8, 1.0]], size=(2, 3)))
print(np.random.multivariate_normal(np.zeros(2), np.eye(2), size=3))
rng = np.random.default_rng(11)
print(rng.multivariate_normal([0.0, 1.0, -1.0], cov, size=4))
print(rng.multivariate_normal([0.0, 0.0], [[4.0, -1.0], [-1.0, 3.0]], size=3, method='eigh'))
print(rng.multivariate_normal([5.0, -5.0], [[1.0, 0.5], [0.5, 2.0]]))
r = np.random.default_rng(2)
x = r.multivariate_normal(np.zeros(5), np.cov(r.standard_normal((5, 40))), size=1000)
print(x.mean(axis=0))
print(np.round(np.cov(x.T), 6))
