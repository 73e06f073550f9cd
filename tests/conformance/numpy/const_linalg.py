import numpy as np
a = np.array([[4.0, 7.0], [2.0, 6.0]])
print(repr(np.linalg.det(a)))
print(repr(np.linalg.inv(a)))
print(repr(np.linalg.solve(a, np.array([1.0, 2.0]))))
print(repr(np.linalg.norm(np.array([3.0, 4.0]))), repr(np.linalg.norm(a)))
print(repr(np.linalg.norm(np.array([[1.0, 2.0], [3.0, 4.0]]), axis=1)))
print(repr(np.linalg.matrix_rank(np.array([[1, 2], [2, 4]]))))
print(repr(np.linalg.matrix_power(np.array([[1, 1], [1, 0]]), 5)))
