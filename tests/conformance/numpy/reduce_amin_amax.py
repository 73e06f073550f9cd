import numpy as np
a = np.array([[4, -2, 7], [0, 9, -5]])
print(repr(np.amax(a)), repr(np.amin(a)), repr(np.amax(a, axis=0)), repr(np.amin(a, axis=1)))
print(repr(np.amax(a, axis=-1, keepdims=True)), repr(np.amin(a, axis=(0, 1))))
print(repr(np.max(a.astype(np.uint8))), repr(np.min(a.astype(np.float32), axis=0)))
f = np.array([1.0, np.nan, -3.0])
print(repr(np.max(f)), repr(np.min(f)), repr(np.fmax.reduce(f)), repr(np.fmin.reduce(f)))
print(repr(np.max(np.array([-0.0, 0.0]))), repr(np.min(np.array([0.0, -0.0]))))
print(repr(np.max(np.array([-np.inf, -1e308]))), repr(np.min(np.array([np.inf]))))
print(repr(np.max(np.array([True, False]))), repr(np.min(np.array([[True], [False]]), axis=0)))
print(repr(np.max(np.array([1 + 2j, 2 + 0j, 1 + 3j]))))
print(repr(np.maximum.reduce(a, axis=0)), repr(np.minimum.reduce(a, axis=None)))
try:
    np.max(np.zeros((0, 2)), axis=0)
except Exception as e:
    print(type(e).__name__, e)
print(repr(np.max(np.zeros((0, 2)), axis=1)))
