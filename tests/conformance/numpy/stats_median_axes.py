import numpy as np
a = np.array([[10, 7, 4], [3, 2, 1]])
print(repr(np.median(a)), repr(np.median(a, axis=0)), repr(np.median(a, axis=1)), repr(np.median(a, axis=-1, keepdims=True)))
print(repr(np.median(a, axis=(0, 1))), repr(np.median(a, axis=None, keepdims=True)))
print(repr(np.median(np.array([5]))), repr(np.median(np.array([1, 2]))), repr(np.median(np.array([1, 2, 3]))))
print(repr(np.median(np.array([1, 2], dtype=np.int8))), repr(np.median(np.array([1.5, 2.5], dtype=np.float32))))
print(repr(np.median(np.array([3.0, np.nan, 1.0]))), repr(np.nanmedian(np.array([3.0, np.nan, 1.0]))))
print(repr(np.median(np.array([-5, -1, -3, -2]))), repr(np.median([[1, 2], [3, 4]])))
t = np.arange(24).reshape(2, 3, 4) % 7
print(repr(np.median(t, axis=(0, 2))), repr(np.median(t, axis=1)))
print(repr(np.median(np.array([np.inf, 1.0, -np.inf]))), repr(np.median(np.array([True, False, True]))))
b = np.array([4.0, 1.0, 3.0])
print(repr(np.median(b)), repr(b))
