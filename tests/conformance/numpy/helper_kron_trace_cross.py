import numpy as np
a = np.array([[1, 2], [3, 4]])
print(repr(np.kron(a, np.ones((2, 2), dtype=int))), repr(np.kron([1, -1], a)), repr(np.kron(a, 0.5)))
print(np.kron(np.ones((2, 3)), np.ones((4, 5))).shape, np.kron(np.ones(2), np.ones((3, 3))).shape, repr(np.kron(2, 3)))
t = np.arange(24).reshape(2, 3, 4)
print(repr(np.trace(t)), repr(np.trace(t, axis1=1, axis2=2)), repr(np.trace(t, offset=1, axis1=0, axis2=2)))
print(repr(np.trace(a, offset=-1)), repr(np.trace(a, offset=5)), repr(np.trace(np.eye(3, dtype=bool))), repr(a.trace(dtype=np.float32)))
x = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])
y = np.array([0.0, 0.0, 1.0])
print(repr(np.cross(x, y)), repr(np.cross(y, x)), repr(np.cross([1, 2, 3], [4, 5, 6])))
print(repr(np.cross(np.array([[1, 2, 3]]).T, np.array([[4, 5, 6]]).T, axisa=0, axisb=0)), repr(np.cross([1, 2, 3], [1, 2, 3])))
print(repr(np.cross(np.array([1, 2, 3]), np.array([[0, 0, 1], [1, 0, 0]]), axisc=0)))
try:
    np.cross([1, 2, 3, 4], [1, 2, 3])
except Exception as e:
    print(type(e).__name__, e)
try:
    np.trace(np.arange(3))
except Exception as e:
    print(type(e).__name__, e)
