import numpy as np
t = np.arange(8).reshape(2, 2, 2)
print(repr(np.flip(t, axis=(0, 2))), repr(np.flip(t, axis=-1)[1]))
print(repr(np.flip(t)[0]), repr(np.flip(np.arange(5))), repr(np.flip(np.array(3))))
m = np.array([[1, 2, 3], [4, 5, 6]])
f = np.fliplr(m)
f[0, 0] = -9
print(repr(m), np.shares_memory(m, f))
print(repr(np.flipud(np.arange(4))), repr(np.flipud(m[:, :1])))
try:
    np.fliplr(np.arange(3))
except Exception as e:
    print(type(e).__name__, e)
try:
    np.flip(m, axis=2)
except Exception as e:
    print(type(e).__name__, e)
print(repr(m[::-1, ::-1]), repr(np.flip(m, (0, 1)) == m[::-1, ::-1]))
print(repr(np.flip(np.array([[1.5], [2.5]]), 0).ravel()), np.flip(m).strides == m[::-1, ::-1].strides)
