import numpy as np
choices = [np.array([0, 1, 2, 3]), np.array([10, 11, 12, 13]), np.array([20, 21, 22, 23])]
print(repr(np.choose([2, 0, 1, 0], choices)), repr(np.choose(np.array([2, 3, 1, 0]), choices, mode='clip')))
print(repr(np.choose([2, 4, 1, -1], choices, mode='wrap')))
print(repr(np.choose(np.array([[1, 0], [0, 1]]), [5, np.array([[-1, -2], [-3, -4]])])))
print(repr(np.choose(np.array([0, 1]), (np.array([1.5, 2.5]), 7))), repr(np.array([1, 0, 1]).choose([10, 20])))
try:
    np.choose([3], choices)
except Exception as e:
    print(type(e).__name__, e)
x = np.arange(-3, 4)
print(repr(np.select([x < 0, x == 0], [-x, 100], default=x * 10)))
print(repr(np.select([x > 1, x > -1], [1.5, 2])), repr(np.select([np.array([False, True])], [np.array([3, 4])])))
print(repr(np.piecewise(x, [x < 0, x >= 2], [lambda v: -v, lambda v: v * v])))
print(repr(np.piecewise(x.astype(float), [x < 0], [0.0, 1.0])), repr(np.piecewise(x, [x > 0], [lambda v: v + 1, -9])))
try:
    np.select([x > 0], [x, x])
except Exception as e:
    print(type(e).__name__, e)
