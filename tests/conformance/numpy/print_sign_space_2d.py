import numpy as np
m = np.array([[1.5, -2.0], [0.0, 3.25]])
with np.printoptions(sign=' '):
    print(m)
    print(repr(m))
    print(repr(np.array([1.0, 2.0])), repr(np.array([-1.0, 2.0])), repr(np.array([[1], [2]])))
with np.printoptions(sign='+'):
    print(m)
    print(repr(np.array([0.0, -0.0, np.nan, np.inf])), repr(np.array([1e-5, -1.0])))
    print(repr(np.array(1.5)), repr(np.array([True, False])), repr(np.array([1 + 0j])))
print(repr(np.array([-0.0, 0.0])), repr(np.array([-0.5])), repr(np.array([0.5])))
