import numpy as np
with np.errstate(divide='ignore', invalid='ignore'):
    a = np.array([1.0, -1.0, 0.0, np.inf, np.nan])
    print(repr(a / 0), repr(a / -0.0), repr(a // 0), repr(a % 0))
    print(repr(1 / np.array([0.0, -0.0])), repr(np.array([0.0]) / np.array([0.0])))
    print(repr(np.array([1, 0, -1]) / 0), repr(np.array([1, 0, -1]) // 0))
    print(repr(np.array([1], dtype=np.float32) / 0), repr(np.log(np.array([0.0, -1.0]))))
    print(repr(np.inf - np.inf), repr(np.array([np.inf]) * 0), repr(np.float64(0) / np.float64(0)))
    r = np.divide(np.array([1.0, 2.0]), np.array([0.0, 4.0]), out=np.zeros(2), where=np.array([False, True]))
    print(repr(r))
    print(repr(np.reciprocal(np.array([0.0, 2.0, -0.0]))))
