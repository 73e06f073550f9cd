import numpy as np
print(repr(np.array([-1.0, 1.0])))
print(repr(np.array([-1.0, -10.5, 100.0])))
print(repr(np.array([[-1.5, 2.0], [3.0, -40.125]])))
print(repr(np.array([-1e-5, 1.0])))
print(repr(np.array([-1, 10, -100])))
print(repr(np.array([-0.5, 0.25])))
print(np.array([-np.inf, 1.0]))
print(repr(np.array([-1e20, 1e20])))
