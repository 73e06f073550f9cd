import numpy as np
t = np.arange(24).reshape(2, 3, 4)
print(repr(np.apply_along_axis(np.sum, 2, t)), repr(np.apply_along_axis(np.max, 0, t)))
print(repr(np.apply_along_axis(lambda v: v[::-1], -1, t)[1, 0]), np.apply_along_axis(lambda v: v[:2], 1, t).shape)
print(repr(np.apply_along_axis(lambda v: np.array([v.min(), v.max()]), 1, np.array([[3, 1, 2], [9, 8, 7]]))))
print(np.apply_along_axis(lambda v: np.outer(v, v), 1, np.ones((2, 3))).shape)
print(repr(np.apply_along_axis(lambda v: v.mean(), 0, np.array([[1, 2], [4, 4]]))))
print(repr(np.apply_along_axis(sorted, 1, np.array([[3, 1], [0, -1]]))))
print(repr(np.apply_along_axis(lambda v: (v > 2).any(), 1, np.array([[1, 2], [3, 4]]))))
print(repr(np.apply_over_axes(np.sum, t, [0, 2])), np.apply_over_axes(np.mean, t, 1).shape)
try:
    np.apply_along_axis(np.sum, 3, t)
except Exception as e:
    print(type(e).__name__, e)
