import numpy as np
np.random.seed(13)
a = np.random.binomial(10000, 0.4, 2000)
print(a[:10].tolist(), int(a.sum()), int(a.min()), int(a.max()))
b = np.random.binomial(500, 0.7, 2000)
print(b[:10].tolist(), int(b.sum()))
print(np.random.rand())
