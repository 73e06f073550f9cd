import numpy as np
print(repr(np.concatenate([np.ones((1, 3)), np.zeros((1, 3))], axis=0)))
a = np.ones((2, 3))
print(np.concatenate([a, a]).shape)
np.concatenate([a, np.ones((2, 4))])
