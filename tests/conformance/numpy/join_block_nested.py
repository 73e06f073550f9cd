import numpy as np
A = np.ones((2, 2), dtype=int)
B = 2 * A
print(repr(np.block([A, B])), repr(np.block([[A], [B]])))
print(repr(np.block([[A, np.zeros((2, 1), dtype=int)], [np.full((1, 3), 7)]])))
print(repr(np.block([1, 2, np.array([3, 4])])), repr(np.block([[1, 2], [3, 4]])))
print(repr(np.block(np.array([5.5]))), repr(np.block([[np.eye(1)], [np.array([[2.0]])]])))
try:
    np.block([[A], B])
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
try:
    np.block([A, np.ones((3, 1))])
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
