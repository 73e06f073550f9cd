import numpy as np
a = np.arange(24).reshape(2, 3, 4)
print(repr(a.sum(axis=(0, 2))), repr(a.sum(axis=-1)), repr(a.max(axis=(1, 2))))
print(repr(a.min(axis=0)))
print(repr(a.prod(axis=1)[0]), repr(a.mean(axis=(0, 1))))
print(repr(a.sum(axis=1, keepdims=True).shape), repr(a.std(axis=2)[0]))
print(repr(a.any(axis=0)[0]), repr((a > 10).all(axis=-1)))
try:
    a.sum(axis=3)
except Exception as e:
    print(type(e).__name__, e)
try:
    a.sum(axis=(0, 0))
except Exception as e:
    print(type(e).__name__, e)
print(repr(a.sum(axis=())), repr(a.sum(axis=None)), repr(a.max(axis=-3)[1]))
print(repr(a.sum(axis=0, dtype=np.float32)[0]), repr(a.cumsum(axis=2)[1, 2]))
