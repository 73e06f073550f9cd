import numpy as np
try:
    np.fft.fft([1.0, 2.0], n=0)
except ValueError as e:
    print("ValueError:", e)
try:
    np.fft.irfft([1.0])
except ValueError as e:
    print("ValueError:", e)
try:
    np.fft.fft(np.arange(3.0), n=3, axis=5)
except np.exceptions.AxisError as e:
    print("AxisError:", e)
np.fft.fft(np.zeros((2, 0)))
