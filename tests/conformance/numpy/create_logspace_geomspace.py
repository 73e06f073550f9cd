import numpy as np
print(repr(np.logspace(0, 3, 4)))
print(repr(np.logspace(0, 4, 5, base=2)))
print(repr(np.logspace(0, 2, 4, endpoint=False)))
print(repr(np.logspace(1, -1, 3)))
print(repr(np.logspace(0, 1, 3, dtype=np.float32)))
print(repr(np.geomspace(1, 1000, 4)))
print(repr(np.geomspace(2, 32, 5)))
print(repr(np.geomspace(-1, -100, 3)))
print(repr(np.geomspace(1, 16, 4, endpoint=False)))
try:
    np.geomspace(0, 10, 3)
except Exception as e:
    print(type(e).__name__, e)
