import numpy as np
m = np.array([[1, 2, 3], [4, 5, 6]])
for k in [0, 1, 2, 3, 4, -2, 5]:
    print(k, repr(np.rot90(m, k)).replace('\n', ''))
t = np.arange(8).reshape(2, 2, 2)
print(repr(np.rot90(t, axes=(1, 2))), repr(np.rot90(t, 1, (0, 2))[0]))
print(repr(np.rot90(m, axes=(1, 0))))
r = np.rot90(m)
r[0, 0] = 100
print(repr(m))
try:
    np.rot90(m, axes=(0, 0))
except Exception as e:
    print(type(e).__name__, e)
try:
    np.rot90(np.arange(3))
except Exception as e:
    print(type(e).__name__, e)
