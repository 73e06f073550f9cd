import numpy as np
a = np.arange(12).reshape(3, 4) % 3 == 0
print(a)
print(repr(a))
print(np.array([[False]]))
print(repr(np.ones((2, 2, 2), dtype=bool)[0]))
b = np.arange(2000) % 2 == 0
print(b)
