import numpy as np
print(repr(np.vstack([1, 2, 3])), repr(np.vstack([[1, 2], np.array([3, 4]), (5, 6)])))
print(repr(np.vstack((np.arange(3), np.ones((2, 3), dtype=int)))))
print(repr(np.hstack([1, 2.5, np.array([3])])), repr(np.hstack([np.array([[1], [2]]), np.array([[3, 4], [5, 6]])])))
print(repr(np.hstack((np.array(1), np.array(2)))), repr(np.hstack([np.zeros(0), [7]])))
print(repr(np.vstack([np.array([1], dtype=np.uint8), np.array([-1], dtype=np.int8)])))
print(repr(np.vstack([np.float32(1.5), 2])), repr(np.hstack([np.array([[1.5]]), [[True]]])))
print(repr(np.vstack([np.arange(2)], dtype=np.float64)), repr(np.hstack([[1], [2]], dtype=np.int8)))
print(repr(np.vstack([np.arange(8).reshape(2, 2, 2), np.full((1, 2, 2), -1)])[:, 0]))
try:
    np.vstack([np.arange(3), np.arange(4)])
except Exception as e:
    print(type(e).__name__, e)
try:
    np.hstack([np.ones((2, 1)), np.ones((3, 1))])
except Exception as e:
    print(type(e).__name__, e)
try:
    np.hstack([])
except Exception as e:
    print(type(e).__name__, e)
