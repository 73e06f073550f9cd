import numpy as np
a = np.arange(8).reshape(2, 2, 2)
b = np.arange(8, 16).reshape(2, 2, 2)
print(repr(np.concatenate([a, b], axis=2)))
print(np.concatenate([a, b], axis=1).shape, np.concatenate([a, b]).shape)
print(repr(np.concatenate([a.astype(np.float32), b], axis=0)[:, 0]))
print(repr(np.hstack([a, b])[0]))
print(repr(np.vstack([np.arange(2), np.arange(2, 4)])))
print(repr(np.concatenate([np.array([[1]]), np.array([[2, 3]])], axis=1)))
