import numpy as np
a = np.arange(1, 7).reshape(2, 3)
print(repr(a.cumsum()), repr(a.cumsum(axis=0)), repr(a.cumsum(axis=1)))
print(repr(a.cumprod()), repr(a.cumprod(0)))
print(repr(np.cumsum([0.1, 0.2, 0.3])))
print(repr(np.cumsum(np.ones(10) * 0.1)))
print(repr(np.array([100, 100], dtype=np.int8).cumsum()))
print(repr(np.cumsum(np.array([True, True, False]))))
