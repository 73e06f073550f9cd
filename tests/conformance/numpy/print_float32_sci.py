import numpy as np
for vals in [[1e6, 1.0], [999999.0, 1.0], [1e-5, 1.0], [3.14159265, 2.71828182], [1 / 3, 1e5], [123456.0]]:
    a = np.array(vals, dtype=np.float32)
    print(a)
    print(repr(a))
for vals in [[1000.0, 1.0], [999.0, 1.0], [0.1, 0.2], [65504.0]]:
    a = np.array(vals, dtype=np.float16)
    print(a)
    print(repr(a))
