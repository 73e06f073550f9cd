import numpy as np
z = np.array(3.5)
print(repr(z[()]), repr(z[...]), repr(z[None]), repr(z[np.newaxis, np.newaxis]))
a = np.arange(10) * 2
print(repr(a[np.int64(3)]), repr(a[np.uint8(2)]), repr(a[np.array(4)]), repr(a[np.int8(-1)]))
print(repr(a[np.array([1, 2], dtype=np.uint8)]), repr(a[np.array([-1, -2], dtype=np.int8)]))
print(repr(a[True]), a[True].shape, a[False].shape, repr(a[False]))
m = a.reshape(2, 5)
print(repr(m[np.int64(1), np.int16(2)]), repr(m[np.array(1)]), repr(m[(1, 2)]), repr(m[(1,)]))
try:
    a[np.array([1.0])]
except Exception as e:
    print(type(e).__name__, e)
try:
    a[np.array(1.0)]
except Exception as e:
    print(type(e).__name__, e)
