import numpy as np
a = np.array([[4.0, 7.0], [2.0, 6.0]])
print(repr(np.linalg.inv(a)))
print(repr(np.linalg.inv(np.array([[1, 2], [3, 4]]))))
print(repr(np.linalg.inv(np.array([[2, 0], [0, 4]], dtype=np.float32))))
print(repr(np.linalg.inv(np.array([[1j, 0], [0, 2]]))))
s = np.stack([a, np.eye(2)])
print(repr(np.linalg.inv(s)))
print(np.allclose(np.linalg.inv(s) @ s, np.eye(2)))
b = np.array([1.0, 2.0])
print(repr(np.linalg.solve(a, b)))
print(repr(np.linalg.solve(a, np.array([[1.0, 0.0], [0.0, 1.0]]))))
print(repr(np.linalg.solve(s, np.array([[1.0, 2.0], [3.0, 4.0]]).reshape(2, 2, 1))))
print(repr(np.linalg.solve(np.array([[3, 1], [1, 2]]), np.array([9, 8]))))
print(repr(np.linalg.solve(s, np.ones((2, 2)))))
for args in [(np.zeros((2, 2)),), (np.ones((3, 3)),)]:
    try:
        np.linalg.inv(*args)
    except np.linalg.LinAlgError as e:
        print("LinAlgError", e)
try:
    np.linalg.solve(a, np.array([1.0, 2.0, 3.0]))
except ValueError as e:
    print(e)
try:
    np.linalg.solve(np.ones((2, 3)), b)
except np.linalg.LinAlgError as e:
    print(e)
np.linalg.solve(np.array([[1.0, 2.0], [2.0, 4.0]]), b)
