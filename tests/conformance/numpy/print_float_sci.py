import numpy as np
for a in [
    np.array([1e-5, 1.0]),
    np.array([1e-4, 1.0]),
    np.array([1e3, 1.0]),
    np.array([1001.0, 1.0]),
    np.array([1e8]),
    np.array([99999999.0]),
    np.array([1.5e10, 2.0]),
    np.array([1e-10]),
    np.array([1.23456789e-7, 5.0e-3]),
    np.array([1e100, 1e-100]),
    np.array([1e-5, -1e5]),
    np.array([0.0, 1e-5]),
    np.array([6.02214076e23, 1.0]),
]:
    print(a)
    print(repr(a))
