import numpy as np
a = np.array([[1.5, 2.0], [3.0, 4.25]])
s = a[1, 1]
print(repr(s.item()), type(s.item()).__name__)
print(repr(np.int64(5).item()), type(np.int64(5).item()).__name__)
print(repr(np.True_.item()))
print(s.dtype, s.shape, s.ndim, s.size)
print(repr(s.astype(np.int32)))
print(repr(np.float64(2.5).is_integer()), np.float64(4.0).is_integer())
print(repr(np.float64(-2.5).__abs__()))
print(repr(np.int64(10).tolist()))
print(repr(np.array(5)[()]), repr(np.array(5).item()))
print(repr(a[0][1]), repr(a[0, 1]))
print(repr(np.float64(3.7).round()), repr(np.float64(-3.5).round()))
