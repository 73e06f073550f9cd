import numpy as np
i = np.array([1, 2])
f = np.array([1.0, 2.0], dtype=np.float32)
b = np.array([True, False])
c = np.array([1j])
exprs = [i + i, i / i, i // i, i ** 2, i ** -1.0, f + i, f * 2, b + b, b * 2, b / 2, i & 1, i > 1,
         np.sqrt(i), np.sqrt(f), np.abs(c), c * f, i.mean(), f.mean(), b.sum(), i.cumsum(), np.exp(b)]
print([str(np.asarray(x).dtype) for x in exprs])
print(np.floor(f).dtype, np.sign(i).dtype, np.negative(b.astype(np.int8)).dtype)
print(np.maximum(i, f).dtype, np.where(b, i, f).dtype, np.where(b, 1, 2.5).dtype)
