import numpy as np
a = np.array([1.0, 2.0, 3.0])
c = a.copy()
c[0] = 9
print(a, c)
v = a.view()
v[1] = -1
print(a, v, v is a, v.base is a)
i = np.array([1, 2], dtype=np.int32)
print(repr(i.view(np.uint32)))
print(repr(np.array([-1], dtype=np.int8).view(np.uint8)))
print(repr(np.array([1.0]).view(np.int64)))
print(repr(np.array([0, 1072693248], dtype=np.int32).view(np.float64)))
