import numpy as np
p = np.poly1d([1, -3, 2])
print(repr(p), p.order, repr(p.coeffs), repr(p.c), repr(p.roots))
print(p)
q = np.poly1d([2, 1])
print(repr(p + q), repr(p * q), repr(p - p), repr(-q), repr(q ** 2))
print(repr(p(np.array([0, 1, 2, 3]))), repr(p(0.5)), repr(p(1j)))
print(repr(p.deriv()), repr(p.integ()), repr(p.deriv(2)), repr(p.integ(k=5)))
d, r = p / q
print(repr(d), repr(r))
print(p[0], p[1], p[2], p[5], len(p), repr(np.poly1d([0, 0, 1, 2])))
print(repr(np.poly1d([1, 2], r=True)), repr(np.poly1d([3, 4], variable='z')))
print(np.poly1d([1.5, -2.0, 0.0, 3.0]))
print(p == np.poly1d([1.0, -3.0, 2.0]), list(p), p.variable)
