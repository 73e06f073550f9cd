import numpy as np
a = np.arange(24).reshape(2, 3, 4)
print(a.transpose().shape, a.transpose(1, 0, 2).shape, a.transpose((2, 0, 1)).shape, a.transpose(-1, 0, 1).shape)
print(repr(a.transpose(1, 0, 2)[2]))
print(a.swapaxes(0, 2).shape, a.swapaxes(-1, -2).shape, np.swapaxes(a, 1, 1).shape)
print(repr(a.swapaxes(1, 2)[0]))
for bad in [(0, 1), (0, 1, 1), (0, 1, 3)]:
    try:
        a.transpose(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
try:
    a.swapaxes(0, 3)
except Exception as e:
    print(type(e).__name__, e)
print(repr(np.moveaxis(a, 0, -1).shape), repr(np.arange(3).transpose()))
m = np.arange(6).reshape(2, 3)
print(repr(m.transpose(1, 0) @ m))
