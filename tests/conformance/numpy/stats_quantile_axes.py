import numpy as np
a = np.array([[7.0, 1.0, 4.0, 10.0], [2.0, 8.0, 3.0, 5.0], [6.0, 0.0, 9.0, 11.0]])
print(repr(np.quantile(a, 0.5)), repr(np.quantile(a, 0.25, axis=0)), repr(np.quantile(a, 0.75, axis=1)))
q = np.quantile(a, [0.1, 0.9], axis=1)
print(q.shape, repr(q))
print(repr(np.quantile(a, [0.5], axis=0, keepdims=True)), np.quantile(a, [0.2, 0.8], axis=-1, keepdims=True).shape)
print(repr(np.quantile(a, np.array([[0.0, 1.0], [0.5, 0.5]]))))
print(repr(np.quantile(np.arange(5), 0.5)), repr(np.quantile(np.arange(5), 0.3, method='lower')))
print(repr(np.quantile(a, 0.5, axis=(0, 1))), repr(np.percentile(a, [25, 50], axis=0)))
print(repr(np.quantile(np.array([1, 2, 3], dtype=np.float32), 0.4)), repr(np.quantile([1, 2, 3, 4], 0.5)))
try:
    np.quantile(a, 1.5)
except Exception as e:
    print(type(e).__name__, e)
print(repr(np.nanquantile(np.array([1.0, np.nan, 3.0, 5.0]), [0.0, 0.5, 1.0])), repr(np.nanpercentile(np.array([[np.nan, 2.0], [4.0, 6.0]]), 50, axis=0)))
