import numpy as np
a = np.full(10, 0.1, dtype=np.float32)
print(repr(a.sum()), a.sum().dtype)
print(repr(a.mean()), a.mean().dtype)
print(repr(a.sum(dtype=np.float64)))
print(repr(a.cumsum()))
print(repr(a.min()), repr(a.std()), repr(a.var()))
b = np.arange(5, dtype=np.float32) / 3
print(repr(b))
print(repr(b * 2), repr(b + 0.1), repr(b.astype(np.float64)))
print(repr(b.max()), repr(b.argmax()), repr(b.dot(b)))
print(repr(np.float32(1) / 3), np.float32(1) / 3)
print(repr(np.array([1, 2, 3], dtype=np.int32).mean()))
