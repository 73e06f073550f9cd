import numpy as np
print(repr(np.stack([np.arange(2), np.arange(2)], axis=1)))
a = np.ones(3)
print(np.stack([a, a]).shape)
np.stack([a, np.ones(4)])
