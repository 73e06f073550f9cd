import numpy as np
print(np.broadcast_shapes((3, 1), (1, 4)), np.broadcast_shapes((2, 1, 5), (7, 1), ()), np.broadcast_shapes((0,), (1,)))
try:
    np.broadcast_shapes((2,), (3,))
except Exception as e:
    print(type(e).__name__, e)
b = np.broadcast_to(np.array([1, 2, 3]), (2, 3))
print(repr(b), b.flags.writeable)
try:
    b[0, 0] = 5
except Exception as e:
    print(type(e).__name__, e)
try:
    np.broadcast_to(np.ones(3), (3, 2))
except Exception as e:
    print(type(e).__name__, e)
x, y = np.broadcast_arrays(np.arange(3), np.array([[10], [20]]))
print(repr(x), repr(y))
print(repr(np.broadcast_to(5, (2, 2))), np.broadcast_to(np.ones((1, 3)), (4, 3)).shape)
bc = np.broadcast(np.ones((2, 1)), np.ones(3))
print(bc.shape, bc.nd, bc.size)
