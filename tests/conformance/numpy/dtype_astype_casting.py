import numpy as np
a = np.array([1.5, 2.5, -3.5])
for c in ['unsafe', 'same_kind', 'safe', 'no', 'equiv']:
    try:
        print(c, repr(a.astype(np.int32, casting=c)))
    except Exception as e:
        print(c, type(e).__name__, e)
i = np.array([1, 2, 3])
print(repr(i.astype(np.float64, casting='safe')))
try:
    print(repr(i.astype(np.float32, casting='safe')))
except Exception as e:
    print(type(e).__name__, e)
print(repr(i.astype(np.int8, casting='same_kind')))
b = i.astype(i.dtype)
b[0] = 100
print(repr(i), repr(b))
print(i.astype(i.dtype, copy=False) is i)
