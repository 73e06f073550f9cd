import numpy as np
for n in [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 16, 20, 25, 30, 32, 45, 60, 64, 100]:
    x = np.cos(np.arange(n) * 0.29) - 0.3 * np.sin(np.arange(n) * 2.1)
    R = np.fft.rfft(x)
    print(n, R.tolist())
    print(np.fft.irfft(R, n).tolist())
