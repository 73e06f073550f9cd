import numpy as np
import numpy.linalg as la
from numpy.linalg import inv, LinAlgError
from numpy import linalg
print(la is np.linalg, linalg is np.linalg, inv is np.linalg.inv, LinAlgError.__name__, LinAlgError.__module__)
f32 = np.array([[2.0, 1.0], [1.0, 3.0]], dtype=np.float32)
c64 = f32.astype(np.complex64)
i64 = np.array([[2, 1], [1, 3]])
for a in (f32, c64, i64, np.array([[True, False], [False, True]])):
    print(a.dtype, la.inv(a).dtype, la.det(a).dtype, la.eigvalsh(a).dtype, la.svd(a, compute_uv=False).dtype,
          la.eigvals(a).dtype, la.cholesky(a).dtype, la.qr(a).Q.dtype, la.solve(a, np.ones(2)).dtype)
print(repr(la.eigvalsh(f32)), repr(la.svd(f32, compute_uv=False)))
print(repr(la.solve(f32, np.ones(2, dtype=np.float32))), repr(la.solve(f32, np.ones(2))))
print(repr(la.eigvals(np.array([[1.0, 2.0], [-2.0, 1.0]]))), repr(la.eigvals(np.array([[1, 2], [-2, 1]], dtype=np.float32))))
st = np.stack([np.diag([1.0, 2.0, 3.0]), np.diag([3.0, 1.0, 2.0])])
print(repr(la.eigvalsh(st)), repr(la.svd(st, compute_uv=False)), repr(la.det(st)))
print(repr(la.matrix_rank(st)), repr(la.norm(st, axis=(1, 2))), repr(la.cond(st)))
print(repr(la.solve(st, np.ones((2, 3, 1)))), repr(la.solve(st, np.ones(3))))
print(repr(la.inv(np.ones((0, 0)))), repr(la.eigvals(np.ones((2, 0, 0)))))
try:
    la.inv(np.array([[1.0, np.nan], [0.0, 1.0]]))
    print("nan inverse ok")
except LinAlgError as e:
    print(e)
try:
    la.solve(np.ones((2, 2, 2)), np.ones((3, 2, 1)))
except ValueError as e:
    print(e)
la.eig(np.ones(3))
