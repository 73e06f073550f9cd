import numpy as np
a = np.array([[np.nan, 1.5], [-np.inf, np.inf]])
print(a)
print(repr(a))
with np.printoptions(nanstr='NaN', infstr='INF'):
    print(a)
    print(repr(np.array([np.nan, -np.inf, 2.0], dtype=np.float32)))
    print(repr(np.array([complex(np.nan, np.inf)])))
with np.printoptions(nanstr='?'):
    print(np.array([np.nan, 1.0, 10.0]), repr(np.array([np.nan])))
print(repr(np.array([np.nan, 1e-5])), repr(np.array([np.inf, 1e5, 1.0])), repr(np.array([np.nan] * 3)))
print(repr(np.array([-np.nan, np.nan])), repr(np.array([np.inf, -np.inf]) * 0.5))
print(str(np.float64(np.nan)), repr(np.float32(-np.inf)), np.array([np.nan, 1.0]).tolist())
