import numpy as np
print(repr(np.linalg.matrix_rank(np.eye(4))), repr(np.linalg.matrix_rank(np.ones((3, 3)))))
print(repr(np.linalg.matrix_rank(np.zeros((2, 2)))), repr(np.linalg.matrix_rank(np.array([1, 0]))))
print(repr(np.linalg.matrix_rank(np.array([[1.0, 2.0], [2.0, 4.0000001]]), tol=1e-3)))
print(repr(np.linalg.matrix_rank(np.stack([np.eye(3), np.ones((3, 3))]))))
print(repr(np.linalg.matrix_rank(np.array([[2.0, 1.0], [1.0, 2.0]]), hermitian=True)))
f = np.array([[1, 1], [1, 0]])
for n in [0, 1, 2, 3, 4, 10]:
    print(n, repr(np.linalg.matrix_power(f, n)))
print(repr(np.linalg.matrix_power(np.array([[2.0, 0.0], [0.0, 4.0]]), -2)))
print(repr(np.linalg.matrix_power(np.stack([f, 2 * f]), 3)))
print(repr(np.linalg.matrix_power(np.array([[1, 2], [3, 4]], dtype=np.int8), 5)))
try:
    np.linalg.matrix_power(f, 1.5)
except TypeError as e:
    print(e)
np.linalg.matrix_power(np.ones((2, 3)), 2)
