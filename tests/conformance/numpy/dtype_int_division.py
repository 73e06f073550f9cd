import numpy as np
a = np.array([7, -7, 7, -7, 0])
b = np.array([2, 2, -2, -2, 3])
print(repr(a // b), repr(a % b), repr(np.fmod(a, b)))
print(repr(a / b))
q, r = np.divmod(a, b)
print(repr(q), repr(r))
with np.errstate(all='ignore'):
    print(repr(a // 0), repr(a % 0))
    print(repr(a / 0))
    print(repr(np.array([5], dtype=np.uint8) // 0))
print(repr(np.array([7], dtype=np.int8) // np.array([-2], dtype=np.int8)))
print(repr(np.array([-128], dtype=np.int8) // 1))
print(repr(a // 2.0), repr(a % 2.5))
