import numpy as np
np.set_printoptions(linewidth=20)
print(np.arange(12))
print(repr(np.arange(12)))
print(repr(np.arange(6).reshape(2, 3) * 1.5))
np.set_printoptions(linewidth=200)
print(repr(np.arange(40)))
np.set_printoptions(linewidth=75)
print(repr(np.arange(40)))
