import numpy as np
x = np.array([1.0, 3.0, -2.0, 0.5, 4.0])
for norm in [None, "backward", "ortho", "forward"]:
    print(norm)
    print(np.fft.fft(x, norm=norm).tolist())
    print(np.fft.ifft(x, norm=norm).tolist())
    print(np.fft.rfft(x, norm=norm).tolist())
    print(np.fft.irfft(np.fft.rfft(x, norm=norm), 5, norm=norm).tolist())
