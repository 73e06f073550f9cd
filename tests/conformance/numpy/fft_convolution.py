import numpy as np
a = np.array([1.0, 2.0, 3.0])
b = np.array([0.0, 1.0, 0.5])
n = len(a) + len(b) - 1
c = np.fft.irfft(np.fft.rfft(a, n) * np.fft.rfft(b, n), n)
print(c.tolist())
print(np.round(c, 10))
print(np.convolve(a, b))
