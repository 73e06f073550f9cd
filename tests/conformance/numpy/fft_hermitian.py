import numpy as np
print(np.fft.hfft(np.array([1.0, 2.0, 3.0])))
print(np.fft.hfft(np.array([1.0, 2 - 1j, 3 + 0.5j]), n=5))
print(np.fft.ihfft(np.array([8.0, -2.0, 0.0, -2.0])))
print(np.fft.ihfft(np.arange(5.0)))
x = np.array([1.0, 2.0, 0.5, -1.0, 3.0])
print(np.fft.hfft(np.fft.ihfft(x), n=5))
print(np.fft.hfft([1, 2, 3], norm="ortho").tolist())
