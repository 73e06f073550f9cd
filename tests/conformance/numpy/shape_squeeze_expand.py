import numpy as np
a = np.arange(6).reshape(1, 2, 1, 3, 1)
print(np.squeeze(a).shape, np.squeeze(a, axis=0).shape, np.squeeze(a, axis=(2, 4)).shape, np.squeeze(a, axis=-1).shape)
print(repr(np.squeeze(np.array([[[7]]]))), np.squeeze(np.array([[[7]]])).ndim, repr(np.array([[1, 2]]).squeeze()))
print(repr(np.squeeze(np.zeros((1, 0)))), np.squeeze(np.ones((2, 3))).shape)
try:
    np.squeeze(a, axis=1)
except Exception as e:
    print(type(e).__name__, e)
try:
    a.squeeze(axis=5)
except Exception as e:
    print(type(e).__name__, e)
v = np.array([1, 2, 3])
print(repr(np.expand_dims(v, 0)), repr(np.expand_dims(v, axis=-1)), np.expand_dims(v, (0, -1)).shape)
print(np.expand_dims(np.array(5), 0).shape, np.expand_dims(v, (1, 2, 3)).shape, np.expand_dims(np.ones((2, 3)), -2).shape)
print(repr(v[:, np.newaxis]), repr(v[np.newaxis, :, np.newaxis].shape), v[None, ..., None].shape)
try:
    np.expand_dims(v, 3)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.expand_dims(v, (0, 0))
except Exception as e:
    print(type(e).__name__, e)
e = np.expand_dims(v, 0)
e[0, 0] = 100
print(repr(v))
