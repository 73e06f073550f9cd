import numpy as np
a = np.arange(12).reshape(2, 2, 3)
b = np.arange(6).reshape(3, 2)
print(repr(a @ b), (a @ b).shape)
print(repr(np.array([1, 2]) @ np.array([[1, 0], [0, 1]])), repr(np.array([[1, 2], [3, 4]]) @ np.array([1, 1])))
print(repr(np.array([1.5, 2]) @ np.array([2, 4])), type(np.array([1, 2]) @ np.array([3, 4])).__name__)
print((np.ones((4, 1, 2, 3)) @ np.ones((5, 3, 2))).shape)
for x, y in [(np.ones(3), np.ones(2)), (np.ones((2, 3)), np.ones((2, 3))), (np.ones(3), 2)]:
    try:
        x @ y
    except Exception as e:
        print(type(e).__name__, e)
m = np.array([[1.0, 2.0], [3.0, 4.0]])
m @= np.eye(2) * 2
print(repr(m))
print(repr(np.matmul(np.array([[1j, 0], [0, 1]]), np.array([1, 1j]))))
print(repr(np.ones((0, 3)) @ np.ones((3, 2))), repr(np.ones((2, 0)) @ np.ones((0, 2))))
