import numpy as np
print(repr(np.convolve([1, 2, 3], [0, 1, 0.5])))
print(repr(np.convolve([1, 2, 3], [1, 1], mode='same')))
print(repr(np.convolve([1, 2, 3, 4], [1, 1], mode='valid')))
print(repr(np.convolve(np.array([1, 2]), np.array([3, 4]))))
print(repr(np.correlate([1, 2, 3], [0, 1, 0.5])))
print(repr(np.correlate([1, 2, 3], [0, 1, 0.5], mode='full')))
