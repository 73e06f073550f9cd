import numpy as np
print(np.zeros((1, 1)).squeeze().shape)
a = np.zeros((1, 3))
print(a.squeeze(axis=0).shape)
a.squeeze(axis=1)
