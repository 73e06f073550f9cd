import numpy as np
a = np.arange(6).reshape(2, 3)
b = a * 10
for ax in [0, 1, 2, -1, -2, -3]:
    s = np.stack([a, b], axis=ax)
    print(ax, s.shape, repr(s.ravel()[:6]))
print(repr(np.stack([np.array(1), np.array(2)])), repr(np.stack([1.5, 2, 3])))
print(repr(np.stack((a[0], b[1]), dtype=np.float32)), repr(np.stack([a[:, 0], a[:, 2]], axis=1)))
print(repr(np.stack([np.array([1, 2]), np.array([True, False])])))
for bad in [[a, a[:1]], []]:
    try:
        np.stack(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    np.stack([a, b], axis=3)
except Exception as e:
    print(type(e).__name__, e)
print(repr(np.stack([np.zeros(0), np.zeros(0)])))
