import numpy as np
print(np.fft.fft([1.0, 2.0]))
np.fft.fft([1.0, 2.0], norm="unitary")
