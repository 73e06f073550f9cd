import numpy as np
# A teaching example: the spectrum of a sum of two sines picks out their frequencies.
fs = 64
t = np.arange(fs) / fs
signal = np.sin(2 * np.pi * 5 * t) + 0.5 * np.sin(2 * np.pi * 12 * t)
spec = np.abs(np.fft.rfft(signal)) / (fs / 2)
freqs = np.fft.rfftfreq(fs, d=1 / fs)
top = np.argsort(spec)[-2:]
print(freqs[top], np.round(spec[top], 6))
print(np.round(spec[:14], 4))
power = np.abs(np.fft.fft(signal)) ** 2
print(np.round(power.sum() / fs, 6), np.round((signal ** 2).sum(), 6))
