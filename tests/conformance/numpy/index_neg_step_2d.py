import numpy as np
a = np.arange(20).reshape(4, 5)
print(repr(a[::-1, ::-2]), repr(a[-1:0:-1, 4:0:-2]))
print(repr(a[-2::-2]), repr(a[:, -1::-3]))
print(repr(a[3:-5:-1, 0]), repr(a[10:-10:-1, 1]))
print(repr(a[::-1][1:3]), repr(a[1:3][::-1]))
print(repr(a[-100:100, -2:]), repr(a[2:2]), repr(a[:, 5:]))
v = np.arange(10)
print(repr(v[8:-11:-3]), repr(v[-1:-11:-4]), repr(v[::-1][::3]), repr(v[5::-1]))
print(repr(v[slice(None, None, -2)]), repr(v[slice(-3, None)]))
try:
    v[::0]
except Exception as e:
    print(type(e).__name__, e)
