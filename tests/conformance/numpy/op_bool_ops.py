import numpy as np
a = np.array([True, True, False, False])
b = np.array([True, False, True, False])
print(repr(a & b), repr(a | b), repr(a ^ b), repr(~a), repr(a != b), repr(a == b))
print(repr(a + b), repr(a * b), repr(a > b), repr(a < b), repr(a.astype(int) - b))
try:
    a - b
except Exception as e:
    print(type(e).__name__, e)
try:
    -a
except Exception as e:
    print(type(e).__name__, e)
print(repr(np.logical_xor(a, b)), repr(a @ b))
x = np.arange(6)
print(repr((x > 1) & (x < 4)), repr((x < 1) | (x > 4)), repr(~(x % 2 == 0)))
try:
    x > 1 & x < 4
except Exception as e:
    print(type(e).__name__, e)
print(repr(np.any(a & b)), repr(np.all(a | b)), repr((a & b).sum()))
