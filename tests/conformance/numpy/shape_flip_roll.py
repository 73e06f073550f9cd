import numpy as np
a = np.arange(6).reshape(2, 3)
print(repr(np.flip(a)), repr(np.flip(a, 0)), repr(np.flip(a, axis=1)))
print(repr(np.fliplr(a)), repr(np.flipud(a)))
print(repr(np.roll(np.arange(5), 2)), repr(np.roll(np.arange(5), -1)))
print(repr(np.roll(a, 1)), repr(np.roll(a, 1, axis=0)), repr(np.roll(a, -1, axis=1)))
print(repr(np.rot90(a)), repr(np.rot90(a, 2)), repr(np.rot90(a, -1)))
print(np.flip(a).base is a)
