import numpy as np
x = np.float64(1 / 3)
np.set_printoptions(precision=4)
print(x, repr(x))
print(np.array(1 / 3), repr(np.array(1 / 3)))
np.set_printoptions(precision=8)
print(repr(np.float64(2.5)), [np.float64(1.5)])
