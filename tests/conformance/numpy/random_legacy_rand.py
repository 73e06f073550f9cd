import numpy as np
for s in [0, 1, 42, 2**32 - 1]:
    np.random.seed(s)
    a = np.random.rand(5)
    print(a)
    print(a.tolist())
    print(repr(np.random.rand()))
np.random.seed(3)
print(np.random.rand(2, 3))
print(np.random.rand(2, 3, 2).shape)
x = np.random.rand(1000)
print(repr(x[999]), repr(float(x.sum())))
