# np.linalg.eig prints eigenvalues in the order LAPACK's QR iteration finds them, and eigenvectors with geev's
# normalization (unit length; a complex pair's largest component real) and signs.
import numpy as np

for a in ([[1.0, 2.0], [3.0, 4.0]], [[2.0, 1.0], [1.0, 2.0]], [[0.0, -1.0], [1.0, 0.0]], [[1.0, 1.0], [0.0, 1.0]],
          [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 10.0]], [[4.0, -2.0, 1.0], [3.0, 6.0, -4.0], [2.0, 1.0, 8.0]],
          [[0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 0.0]], [[2.0, 0.0, 0.0], [1.0, 3.0, 0.0], [4.0, 5.0, 6.0]],
          [[1.0, 2.0, 0.0], [0.0, 3.0, 0.0], [2.0, -4.0, 2.0]]):
    w, v = np.linalg.eig(np.array(a))
    print(w)
    print(v)
print(np.linalg.eigvals(np.array([[0.5, 0.25, 0.0, 1.0], [1.0, 0.0, 2.0, 0.0], [0.0, 1.0, 0.0, 3.0], [2.0, 0.0, 1.0, 0.0]])))
print(np.roots([1.0, -6.0, 11.0, -6.0]))
print(np.roots([2.0, -3.0, 5.0, 7.0, -1.0]))
