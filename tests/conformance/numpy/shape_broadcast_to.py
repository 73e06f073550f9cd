import numpy as np
v = np.array([1, 2, 3])
b = np.broadcast_to(v, (2, 3))
print(repr(b), b.shape, b.flags['WRITEABLE'], b.strides)
print(repr(np.broadcast_to(5, (2, 2))), repr(np.broadcast_to(np.array([[1], [2]]), (2, 4))))
print(repr(np.broadcast_to(v, (1, 2, 3))[0, 1]), np.broadcast_to(np.ones((3, 1)), (2, 3, 4)).shape)
try:
    b[0, 0] = 5
except Exception as e:
    print(type(e).__name__, e)
try:
    np.broadcast_to(v, (2, 4))
except Exception as e:
    print(type(e).__name__, e)
try:
    np.broadcast_to(np.ones((2, 3)), (3,))
except Exception as e:
    print(type(e).__name__, e)
print(repr(np.broadcast_to(v, (0, 3))), repr(np.broadcast_to(np.array(2.5), ())))
c = b.copy()
c[0, 0] = 9
print(repr(c), c.flags['WRITEABLE'], repr(b.sum(axis=0)))
print(np.broadcast_shapes((2, 1), (1, 3)), np.broadcast_shapes((5, 1, 4), (3, 1), ()), np.broadcast_shapes())
try:
    np.broadcast_shapes((2, 3), (3, 2))
except Exception as e:
    print(type(e).__name__, e)
