import numpy as np
# Every factor pocketfft handles (2, 3, 4, 5, 7, 8, 11, a generic odd factor, Bluestein): full-precision values.
for n in [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 22, 25, 27, 49, 64, 77, 97, 121, 169]:
    x = np.cos(np.arange(n) * 0.37) + 0.5 * np.sin(np.arange(n) * 1.3)
    print(n, np.fft.fft(x).tolist())
