import numpy as np
m = np.arange(40).reshape(2, 20) * 1000
print(m)
print(repr(m))
f = np.linspace(-1, 1, 14).reshape(2, 7)
print(repr(f))
with np.printoptions(linewidth=40):
    print(repr(np.arange(24).reshape(2, 12)))
    print(repr(np.arange(3) * 1e10))
    print(np.arange(30).reshape(3, 10) / 7)
with np.printoptions(linewidth=10):
    print(repr(np.array([123456, 7])))
    print(repr(np.array([[1, 2], [3, 4]])))
print(repr(np.arange(25, dtype=np.int8)), repr(np.arange(18) * -1.5))
