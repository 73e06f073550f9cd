import numpy as np
def clamp(x, lo, hi):
    return lo if x < lo else (hi if x > hi else x)
vc = np.vectorize(clamp)
print(repr(vc(np.array([-5, 0, 5, 10]), 0, 6)), repr(vc(np.array([[1.5], [9.0]]), [0, 2], 5)))
ve = np.vectorize(clamp, excluded={'hi'})
print(repr(ve(np.array([1, 8]), 2, hi=7)))
def divmod2(a, b):
    return a // b, a % b
q, r = np.vectorize(divmod2)(np.array([7, -7, 9]), 2)
print(repr(q), repr(r))
vs = np.vectorize(lambda v: np.sum(v), signature='(n)->()')
print(repr(vs(np.arange(6).reshape(2, 3))))
vm = np.vectorize(lambda u, v: np.outer(u, v), signature='(n),(m)->(n,m)')
print(vm(np.ones((2, 2)), np.arange(3)).shape)
vt = np.vectorize(lambda s: len(s), otypes=[np.int32])
print(repr(vt(np.array(['a', 'bcd', '']))))
vb = np.vectorize(lambda x: 'even' if x % 2 == 0 else 'odd')
print(repr(vb(np.arange(4))), repr(vb(3)), type(vb(3)).__name__)
print(repr(np.vectorize(abs, otypes=[float])(np.array([]))))
vd = np.vectorize(lambda x: x * 2)
print(repr(vd([1.5, 2])), vd.__doc__ is None or isinstance(vd.__doc__, str))
