import numpy as np
a = np.array([1, 2, 3, 4, 5])
k = np.array([1, 0, -1])
for mode in ['full', 'same', 'valid']:
    print(mode, repr(np.convolve(a, k, mode=mode)), repr(np.convolve(k, a, mode=mode)))
print(repr(np.convolve([1, 2], [1, 2, 3, 4], mode='same')), repr(np.convolve([3], [1, 2, 3])))
print(repr(np.convolve(np.ones(4), np.ones(4) / 4, mode='valid')), repr(np.convolve([1j, 1], [1, -1j])))
print(repr(np.convolve(np.array([1, 2], dtype=np.int8), np.array([100, 100], dtype=np.int8))))
print(repr(np.convolve([True, True], [True, False])), repr(np.convolve(np.arange(6)[::2], [1, 1])))
for m in ['full', 'same', 'valid']:
    print(m, repr(np.correlate(a, k, mode=m)), repr(np.correlate([1, 2j], [1j, 1], mode=m)))
try:
    np.convolve([], [1, 2])
except Exception as e:
    print(type(e).__name__, e)
try:
    np.convolve([1, 2], [1], mode='bogus')
except Exception as e:
    print(type(e).__name__, e)
