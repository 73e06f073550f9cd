import numpy as np
for s in [0, 5, 123]:
    np.random.seed(s)
    print(np.random.randn(5).tolist())
    print(repr(np.random.randn()))
np.random.seed(0)
print(np.random.randn(3, 4))
x = np.random.randn(1001)
print(repr(x[1000]), repr(float(x.sum())))
