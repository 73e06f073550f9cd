import numpy as np
a = np.array([1.5, 2.5, 3.5])
out = np.zeros(3)
r = np.multiply(a, 2, out=out)
print(repr(out), r is out)
iout = np.zeros(3, dtype=int)
try:
    np.multiply(a, 2, out=iout)
except Exception as e:
    print(type(e).__name__, e)
np.multiply(a, 2, out=iout, casting='unsafe')
print(repr(iout))
f32 = np.zeros(3, dtype=np.float32)
np.add(a, 1, out=f32)
print(repr(f32))
try:
    np.add(a, 1, out=np.zeros(2))
except Exception as e:
    print(type(e).__name__, e)
r2 = np.sqrt(a, out=(np.zeros(3),))
print(repr(r2))
q, rem = np.divmod(np.array([7, 8]), 3, out=(np.zeros(2, dtype=int), np.zeros(2, dtype=int)))
print(repr(q), repr(rem))
v = np.arange(6.0)
np.negative(v[::2], out=v[::2])
print(repr(v))
np.add(v, v, v)
print(repr(v))
