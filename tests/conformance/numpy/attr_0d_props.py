import numpy as np
z = np.array(3.5)
print(z.shape, z.ndim, z.size, z.dtype, z.nbytes, repr(z.T))
try:
    len(z)
except Exception as e:
    print(type(e).__name__, e)
try:
    for x in z:
        pass
except Exception as e:
    print(type(e).__name__, e)
try:
    z[0]
except Exception as e:
    print(type(e).__name__, e)
print(repr(z.reshape(1, 1)), repr(z.ravel()), repr(z.flatten()))
print(repr(z.sum()), repr(z.max()), repr(z.argmax()), repr(z.tolist()), repr(z.item()))
print(bool(z), int(z), repr(z * 2), repr(-z))
print(repr(z.astype(int)), repr(z.squeeze()), z.squeeze().shape)
print(repr(list(z.flat)))
