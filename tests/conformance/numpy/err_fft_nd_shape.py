import numpy as np
a = np.ones((2, 3))
print(np.fft.fftn(a, s=(2, 3), axes=(0, 1)))
np.fft.fftn(a, s=(2, 3), axes=(0,))
