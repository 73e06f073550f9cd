import numpy as np
a = np.array([1, 256, -1], dtype=np.int32)
print(repr(a.view(np.uint8)))
print(repr(a.view(np.int16)))
print(repr(np.array([1.0, -2.5], dtype=np.float32).view(np.int32)))
f = np.array([1.0, -2.0])
print(repr(f.view(np.int64)))
print(repr(np.array([0x3FF0000000000000], dtype=np.int64).view(np.float64)))
b = np.array([0, 1, 2], dtype=np.uint8)
print(repr(b.view(bool)))
v = a.view()
v[0] = 42
print(repr(a), v.base is a)
try:
    np.arange(3, dtype=np.int8).view(np.int16)
except Exception as e:
    print(type(e).__name__, e)
print(repr(np.array([1 + 2j]).view(np.float64)))
