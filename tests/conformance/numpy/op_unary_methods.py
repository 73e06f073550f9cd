import numpy as np
a = np.array([-1.5, 0.0, 2.5])
print(repr(-a), repr(abs(a)), repr(a.__neg__()), repr(a.__abs__()))
print(repr(np.array([1, -2]).__invert__()))
print(repr(a.__add__(1)), repr(a.__radd__(1)), repr(a.__rsub__(1)), repr(a.__mul__(2)))
print(repr(a.__lt__(1)), repr(a.__eq__(0)))
print(repr(a.conj()), repr(a.max()), repr(np.ptp(a)))
