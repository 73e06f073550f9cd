import numpy as np
print(repr(np.array([1, 2], dtype=np.uint8) + 255))
a = np.array([1, 2], dtype=np.int8)
print(a + 127)
print(a + 300)
