import numpy as np
b = np.arange(2000) % 3 == 0
print(b)
print(repr(b))
m = (np.arange(1200).reshape(30, 40) % 7) < 3
print(repr(m))
print(repr(np.ones((2, 3), dtype=bool)), repr(np.zeros(3, dtype=bool)))
print(repr(np.arange(30) % 2 == 0))
t = np.array([[[True, False]], [[False, True]]])
print(t)
print(repr(t))
