import numpy as np
a = np.arange(6.0).reshape(2, 3)
print(np.fft.rfftn(a, s=(2, 3)))
print(np.fft.irfftn(np.fft.rfftn(a), s=(2, 3)))
print(np.fft.fftn(a, s=(2, 2)))
