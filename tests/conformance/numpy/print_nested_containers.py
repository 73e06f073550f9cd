import numpy as np
a = np.arange(4).reshape(2, 2)
print([a, a * 0.5])
print((a,))
print({'m': a})
print(repr([np.arange(3), np.float64(1.5)]))
print([np.array(1.5), np.array([True])])
print(str([np.zeros((2, 2), dtype=np.float32)]))
