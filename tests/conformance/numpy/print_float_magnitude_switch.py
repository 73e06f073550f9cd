import numpy as np
for v in [[0.0001, 1.0], [0.00011, 1.0], [999.9, 1.0], [1000.0, 1.0], [1000.5, 0.5], [0.001, 1000.0], [1e16, 1.0], [1e15, 1.0],
          [0.0, 0.0], [0.0, 1e-16], [-1e-4, 1.0], [1e-4, 0.5], [12345678.0, 0.1], [1e8, 1.5], [1.0, 2.0, 1e-300]]:
    a = np.array(v)
    print(v, '->', a, repr(a))
print(repr(np.array([[1e-5, 1.0], [2.0, 3.0]])))
print(repr(np.array([1e5, 1.5], dtype=np.float32)), repr(np.array([1e-5, 1.0], dtype=np.float32)))
print(repr(np.array([1e-5, np.nan, 1.0])), repr(np.array([1e4, np.inf])))
