import numpy as np
a = np.array([[1.0, 2.0], [3.0, 4.0]])
print(repr(np.linalg.det(a)), repr(np.linalg.det(np.eye(3))), repr(np.linalg.det(np.zeros((2, 2)))))
print(repr(np.linalg.det(np.array([[2, 1], [1, 3]]))), repr(np.linalg.det(np.array([[2, 1], [1, 3]], dtype=np.float32))))
print(repr(np.linalg.det(np.array([[1 + 1j, 2], [3, 4 - 1j]]))))
s = np.stack([a, 2 * a, np.eye(2)])
print(repr(np.linalg.det(s)))
r = np.linalg.slogdet(a)
print(repr(r))
print(r.sign, r.logabsdet, type(r).__name__)
sign, logdet = np.linalg.slogdet(np.array([[0.0, 1.0], [1.0, 0.0]]))
print(repr(sign), repr(logdet))
print(repr(np.linalg.slogdet(np.zeros((3, 3)))))
print(repr(np.linalg.slogdet(s)))
print(repr(np.linalg.det(np.ones((0, 0)))), repr(np.linalg.det(np.ones((2, 0, 0)))))
for bad in [np.array([1.0, 2.0]), np.ones((2, 3)), np.ones((2, 2), dtype=np.float16)]:
    try:
        np.linalg.det(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(np.linalg.LinAlgError, ValueError))
np.linalg.det(np.array(5.0))
