import numpy as np
a = np.array([1, 2, 3])
for op in ['+=', '*=', '/=', '//=', '**=']:
    b = a.copy()
    try:
        if op == '+=':
            b += 1.5
        elif op == '*=':
            b *= 2.5
        elif op == '/=':
            b /= 2
        elif op == '//=':
            b //= 2.0
        else:
            b **= 2
        print(op, repr(b))
    except Exception as e:
        print(op, type(e).__name__, e)
f = np.array([1.0, 2.0])
f += np.array([1, 2])
f *= True
print(repr(f))
i8 = np.array([100], dtype=np.int8)
i8 += np.int64(100)
print(repr(i8))
c = np.array([1.0])
try:
    c += 1j
except Exception as e:
    print(type(e).__name__, e)
