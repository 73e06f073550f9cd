import numpy as np
for x in [7, 2.5, np.array(3), [1, 2], np.array([[1, 2]]), np.zeros((1, 2, 3))]:
    print(np.atleast_1d(x).shape, np.atleast_2d(x).shape, np.atleast_3d(x).shape)
print(repr(np.atleast_3d(np.array([[1, 2], [3, 4]]))))
print(repr(np.atleast_3d(5)), repr(np.atleast_2d([[[1]]])))
r = np.atleast_2d(1, [2, 3], np.array([[4]]))
print(type(r).__name__, [repr(t) for t in r])
a = np.array([1.0, 2.0])
print(np.atleast_1d(a) is a, np.atleast_2d(a).base is a)
print(repr(np.atleast_1d(np.array([], dtype=int))), repr(np.atleast_2d(np.array([]))))
print(repr(np.atleast_1d(True)), repr(np.atleast_1d(2.5 + 1j)))
