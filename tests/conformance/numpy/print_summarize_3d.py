import numpy as np
print(repr(np.arange(1001).reshape(7, 11, 13)[0, 0]))
a = np.arange(2000).reshape(10, 10, 20)
print(a)
print(repr(a))
