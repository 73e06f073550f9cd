import numpy as np
print(np.fft.rfft(np.array([1.0, 2.0, 3.0])))
np.fft.rfft(np.array([1 + 2j, 3.0]))
