import numpy as np
i = np.array([1, 2, 4])
print(repr(i.mean()), repr(i.mean(dtype=np.float32)), repr(i.sum() / i.size))
print(repr(np.array([1, 2], dtype=np.int8).mean()), repr(np.array([True, False, True]).mean()))
f16 = np.array([1.0, 2.0, 4.0], dtype=np.float16)
print(repr(f16.mean()), repr(f16.var()), repr(f16.std()))
m = np.arange(6).reshape(2, 3)
print(repr(m.mean(axis=0)), repr(m.mean(axis=1, keepdims=True)), repr(m.var(axis=0)))
z = np.array([1 + 1j, 3 - 1j])
print(repr(z.mean()), repr(z.var()), repr(z.std()))
with np.errstate(all='ignore'):
    print(repr(np.array([np.inf, -np.inf]).mean()), repr(np.array([1e308, 1e308]).mean()))
print(repr(np.average(i, weights=[3, 1, 0])), repr(np.average(m, axis=1, weights=[1, 0, 1])))
