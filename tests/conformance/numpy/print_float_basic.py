import numpy as np
for a in [
    np.array([1.0, 2.0, 3.0]),
    np.array([1.0, 2.5, 3.0]),
    np.array([0.1, 0.25, 1.0 / 3]),
    np.array([-1.0, 2.0]),
    np.array([-1.5, 0.0, 100.25]),
    np.array([0.0]),
    np.array([123456.789]),
    np.array([1.0, 10.0, 100.0, 1000.0]),
    np.array([2.0 / 3, -2.0 / 3]),
    np.array([1e-3, 1.0]),
]:
    print(a)
    print(repr(a))
