import numpy as np
a = np.arange(16).reshape(2, 2, 2, 2)
print(a)
print(repr(a * 0.5))
print(repr(np.zeros((1, 1, 1, 1))))
