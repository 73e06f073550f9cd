import numpy as np
A = np.arange(6).reshape(2, 3)
B = np.arange(12).reshape(3, 4)
v = np.array([1, 0, -1])
print(repr(np.dot(A, B)), repr(np.dot(A, v)), repr(np.dot(v, B)), repr(np.dot(v, v)))
print(repr(np.dot(3, A)), repr(np.dot(2.5, 4)), repr(A.dot(v)), repr(np.dot(np.array(2), v)))
T = np.arange(24).reshape(2, 3, 4)
print(np.dot(T, np.ones(4)).shape, np.dot(T, np.ones((4, 5))).shape, np.dot(np.ones((5, 3)), T).shape)
print(repr(np.dot(A.T, A)), repr(np.dot(A * 0.5, v)), repr(np.dot(np.array([1j, 2]), np.array([1j, 1]))))
print(repr(np.dot(np.array([True, True]), np.array([True, False]))), repr(np.dot(np.array([], dtype=int), np.array([], dtype=int))))
print(repr(np.dot(np.array([1, 2], dtype=np.int8), np.array([100, 100], dtype=np.int8))))
print(repr(np.dot(np.zeros((2, 0)), np.zeros((0, 3)))))
out = np.zeros((2, 4), dtype=np.int64)
np.dot(A, B, out=out)
print(repr(out[1]))
try:
    np.dot(A, A)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.dot(v, np.ones(4))
except Exception as e:
    print(type(e).__name__, e)
