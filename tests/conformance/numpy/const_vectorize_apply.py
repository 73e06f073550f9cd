import numpy as np
def f(a, b):
    return a - b if a > b else a + b
vf = np.vectorize(f)
print(repr(vf(np.array([1, 4, 2]), 2)))
print(repr(vf(np.array([[1.5], [3.0]]), np.array([1, 2]))))
vs = np.vectorize(lambda s: s > 1)
print(repr(vs(np.array([0.5, 2.5]))))
vo = np.vectorize(lambda x: x * 2, otypes=[float])
print(repr(vo([1, 2])))
m = np.arange(6).reshape(2, 3)
print(repr(np.apply_along_axis(np.sum, 0, m)))
print(repr(np.apply_along_axis(lambda r: r * 2, 1, m)))
print(repr(np.apply_along_axis(lambda r: r.max() - r.min(), 1, m)))
