import numpy as np
a = np.array([-7.5, -7.0, -0.5, 0.5, 7.0, 7.5])
print(repr(a // 2), repr(a % 2))
print(repr(a // -2), repr(a % -2))
print(repr(np.fmod(a, 2)), repr(np.remainder(a, -2)))
i = np.array([-9, -1, 0, 1, 9])
print(repr(i // 4), repr(i % 4), repr(i // -4), repr(i % -4))
print(repr(-9 // i[3:]), repr(10 % np.array([3, -3])))
print(repr(np.array([1e308]) % 3), repr(np.array([-0.0]) % 1), repr(np.array([0.0]) // -1))
with np.errstate(all='ignore'):
    print(repr(a % 0), repr(a // 0), repr(np.array([np.inf]) % 2))
