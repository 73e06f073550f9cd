import numpy as np
i = np.zeros(3, dtype=np.int8)
for v in [2.99, -2.99, True, 127, np.float32(5.5), np.int64(-128)]:
    i[0] = v
    print(repr(v), repr(i[0]))
for v in [128, -129, 300, float('nan'), float('inf'), 1j]:
    try:
        i[1] = v
        print(repr(v), repr(i))
    except Exception as e:
        print(repr(v), type(e).__name__, e)
u = np.zeros(2, dtype=np.uint8)
try:
    u[0] = -1
except Exception as e:
    print(type(e).__name__, e)
u[:] = np.array([-1, 256])
print(repr(u))
b = np.zeros(3, dtype=bool)
b[:] = [0, 2.5, -1]
print(repr(b))
f = np.zeros(2, dtype=np.float16)
with np.errstate(over='ignore'):
    f[0] = 1e6
f[1] = 1 / 3
print(repr(f))
