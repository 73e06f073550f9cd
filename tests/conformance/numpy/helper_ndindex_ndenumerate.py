import numpy as np
print(list(np.ndindex(2, 3)))
print(list(np.ndindex((3,))), list(np.ndindex()), list(np.ndindex(0, 3)), list(np.ndindex(2, 0)))
print([i for i in np.ndindex(1, 1, 2)], len(list(np.ndindex(3, 2, 2))))
t = np.arange(8).reshape(2, 2, 2)
total = 0
for idx in np.ndindex(t.shape):
    total += t[idx] * (idx[0] + 1)
print(total, type(total).__name__)
for idx, v in np.ndenumerate(np.array([[1.5, -2.0], [0.0, 4.25]])):
    print(idx, v, type(v).__name__)
print(list(np.ndenumerate(np.array(7))), list(np.ndenumerate(np.array([]))))
print([(i, int(v)) for i, v in np.ndenumerate(np.arange(6).reshape(2, 3)[:, ::2])])
it = np.ndindex(2, 2)
print(next(it), next(it), next(it), next(it))
try:
    next(it)
except StopIteration:
    print('StopIteration')
