import numpy as np
a = np.arange(20).reshape(4, 5) * 1.5
print(repr(a.T))
print(repr(a[::2, ::-2]))
print(repr(a[:, 2]), repr(a[1:2]), repr(a[:, 1:2]))
print(repr(np.broadcast_to(np.arange(3), (2, 3))), repr(a[..., None][0]))
print(repr(a.reshape(2, 2, 5).transpose(1, 0, 2)[0]))
print(repr(np.arange(10)[::-3]), repr(np.diagonal(np.arange(9).reshape(3, 3))))
print(repr(a.astype(np.int32)[::3]), repr(a[a > 20]), repr(a.real[0]), repr((a * 1j).imag[0]))
