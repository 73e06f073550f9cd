import numpy as np
# Lengths with a large prime factor go through Bluestein's algorithm.
for n in [101, 211, 1009, 2 * 1009]:
    x = np.sin(np.arange(n) * 0.11) + np.cos(np.arange(n) * 0.7) * 0.25
    X = np.fft.fft(x)
    print(n, X[:5].tolist(), X[-3:].tolist())
    print(np.fft.ifft(X)[:4].tolist())
    R = np.fft.rfft(x)
    print(R[:4].tolist(), np.fft.irfft(R, n)[:4].tolist())
