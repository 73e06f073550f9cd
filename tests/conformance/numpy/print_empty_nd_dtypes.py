import numpy as np
for shp in [(0,), (0, 0), (3, 0), (0, 3), (2, 0, 4), (1, 1, 0)]:
    print(shp, repr(np.zeros(shp)), '|', np.zeros(shp))
for t in [np.int8, np.uint16, np.int32, np.float16, np.complex64, np.bool_, 'U3', 'S2']:
    print(repr(np.array([], dtype=t)), repr(np.zeros((2, 0), dtype=t)))
print(repr(np.arange(0)), repr(np.arange(5)[5:]), repr(np.ones((3, 4))[:, 4:]))
print(repr(np.empty((0, 2), dtype=np.int64).T), str(np.zeros((0, 2))))
print(np.zeros((0, 2, 3)).size, repr(np.zeros((0, 2, 3)).sum(axis=0)), repr(np.zeros((4, 0)).sum(axis=0)))
