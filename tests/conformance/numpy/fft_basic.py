import numpy as np
print(np.fft.fft(np.arange(5)))
print(np.fft.fft([1.0, 2.0, 3.0, 4.0]))
print(np.fft.fft(np.arange(8.0)).tolist())
print(np.fft.fft(np.array([1, 0, -1, 0])))
print(np.fft.fft(np.arange(5)).dtype, np.fft.fft(np.arange(5, dtype=np.int32)).dtype)
print(np.fft.fft([True, False, True]))
print(repr(np.fft.fft(np.array([2.5]))))
