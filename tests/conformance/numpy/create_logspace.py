import numpy as np
print(repr(np.logspace(0, 3, 4)))
print(repr(np.logspace(0, 2, 5)))
print(repr(np.logspace(0, 3, 4, base=2)))
print(repr(np.logspace(-2, 2, 5)))
print(repr(np.geomspace(1, 1000, 4)))
print(repr(np.logspace(0, 1, 3, endpoint=False)))
