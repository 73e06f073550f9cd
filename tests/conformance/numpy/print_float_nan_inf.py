import numpy as np
for a in [
    np.array([np.nan]),
    np.array([1.0, np.nan]),
    np.array([np.inf, -np.inf, 0.5]),
    np.array([np.nan, np.inf, -np.inf]),
    np.array([1e-5, np.nan, np.inf]),
    np.array([[1.5, np.nan], [-np.inf, 2.25]]),
    np.array([-0.0]),
    np.array([-0.0, 0.0, 1.0]),
    np.array([-0.0, 1e-8]),
    np.array([np.nan, 100.0], dtype=np.float32),
]:
    print(a)
    print(repr(a))
