import numpy as np
a = np.array([[1.0, 2.0, 4.0, 7.0], [0.5, -1.5, 2.5, 3.5]])
for d in [0, 1, 2]:
    print(d, repr(np.var(a, ddof=d)), repr(np.std(a, axis=1, ddof=d)), repr(np.var(a, axis=0, ddof=min(d, 1))))
print(repr(np.std(a, axis=-1, keepdims=True)), repr(np.var(a, axis=(0, 1), keepdims=True)))
i = np.array([2, 4, 4, 4, 5, 5, 7, 9])
print(repr(np.std(i)), repr(np.var(i)), repr(np.std(i, ddof=1)), repr(np.var(i, ddof=1.5)))
print(repr(np.std(np.array([5.0]))), repr(np.var(np.array([3, 3, 3]))))
print(repr(np.std(a, mean=np.mean(a, axis=1, keepdims=True), axis=1)))
print(repr(np.var(np.array([1e9 + 1, 1e9 + 2, 1e9 + 3]))), repr(np.std(np.arange(10) * 0.1)))
print(repr(np.std(np.array([1, 2], dtype=np.float32), dtype=np.float64)))
