import numpy as np
a = np.arange(12.0).reshape(3, 4)
for fn in [np.sum, np.mean, np.max, np.min, np.std, np.var, np.prod, np.any, np.all]:
    r = fn(a, axis=1, keepdims=True)
    print(fn.__name__, r.shape, repr(r.ravel()))
print(repr(np.median(a, axis=0, keepdims=True)))
print(repr(np.argmin(a, axis=0, keepdims=True)))
print(np.sum(a, axis=(), keepdims=False).shape)
