import numpy as np
print(repr(np.linspace(0, 1, 5, endpoint=False)))
v, step = np.linspace(2, 3, 5, retstep=True)
print(repr(v), repr(step))
v2, step2 = np.linspace(0, 10, 4, endpoint=False, retstep=True)
print(repr(v2), repr(step2))
print(repr(np.linspace(5, 5, 3)), repr(np.linspace(0, 1, 1)), repr(np.linspace(0, 1, 0)))
print(repr(np.linspace(10, 0, 6)))
print(repr(np.linspace(0, 10, 4, dtype=int)))
print(repr(np.linspace(-1, 1, 5, dtype=np.float32)))
print(repr(np.linspace([0, 10], [1, 20], 3)))
print(repr(np.linspace(0, 1, 2, retstep=True)))
try:
    np.linspace(0, 1, -1)
except Exception as e:
    print(type(e).__name__, e)
