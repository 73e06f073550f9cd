import numpy as np
b = np.array([True, False, True, True])
print(repr(b.sum()), b.sum().dtype)
print(repr(b + b), repr(b * b))
print(repr(b * 3), repr(b * 1.5))
print(repr(np.cumsum(b)))
print(repr(~b), repr(np.invert(b)))
try:
    print(-b)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(b - b)
except Exception as e:
    print(type(e).__name__, e)
print(repr(b.mean()), repr(b.astype(int).prod()))
print(repr(b.any()), repr(b.all()), repr(b.argmax()), repr(b.argmin()))
print(repr(np.array([True]) + True), repr(b & True))
