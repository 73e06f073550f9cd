import numpy as np
for a in [
    np.array([1 + 1j]),
    np.array([1.5 + 2.25j, -3 - 4j]),
    np.array([1e-5 + 1j]),
    np.array([0 + 1e10j, 1 + 0j]),
    np.array([[1j, -1j], [1, -1]]),
    np.array([np.nan + 0j, np.inf * 1j]),
    np.array([1 / 3 + 2 / 3j]),
    np.array([-0.0 - 0.0j]),
]:
    print(a)
    print(repr(a))
