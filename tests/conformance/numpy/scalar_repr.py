import numpy as np
a = np.array([1, 2, 3])
x = a[1]
print(x, repr(x), str(x), type(x).__name__)
f = np.array([1.5, 2.5])[1]
print(f, repr(f), type(f).__name__)
b = (a > 1)[0]
print(b, repr(b), repr(np.True_), repr(np.False_))
print([a[0], f, b])
print((a[0], a[2]))
print({'k': f})
print(repr(a.sum()), repr(a.mean()), repr(a.max()))
print(repr(np.float64(2.5)), repr(np.int64(3)), repr(np.float32(2.5)), repr(np.int8(-3)), repr(np.uint8(200)))
print(repr(np.int16(7)), repr(np.int32(7)), repr(np.float16(1.5)))
print(repr(np.float64(1e20)), repr(np.float64(1e-7)), repr(np.float64(-0.0)))
print(repr(np.float64(np.nan)), repr(np.float64(np.inf)), repr(np.float64(-np.inf)))
print(np.float64(np.nan), np.float64(-np.inf))
