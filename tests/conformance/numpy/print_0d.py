import numpy as np
for a in [np.array(1.5), np.array(3), np.array(True), np.array(1 + 2j), np.array(np.nan), np.array(1e-7),
          np.array(2.5, dtype=np.float32), np.array(7, dtype=np.int8), np.array(-0.0), np.array(1e20)]:
    print(a)
    print(repr(a))
    print(str(a))
