import numpy as np
a = np.arange(12).reshape(3, 4)
t = a.T
print(t.flags['C_CONTIGUOUS'], t.flags['F_CONTIGUOUS'], a.flags['C_CONTIGUOUS'])
c = t.copy()
print(c.flags['C_CONTIGUOUS'], repr(c))
s = a[:, ::2]
print(s.flags['C_CONTIGUOUS'], s.flags['OWNDATA'], a.flags['OWNDATA'])
sc = s.copy()
sc[0, 0] = 99
print(repr(a[0]), repr(sc), sc.flags['OWNDATA'])
f = np.copy(a, order='F')
print(f.flags['F_CONTIGUOUS'], repr(f))
print(np.ascontiguousarray(t).flags['C_CONTIGUOUS'], np.asfortranarray(a).flags['F_CONTIGUOUS'])
r = a.ravel()
r[0] = -1
print(repr(a[0]), repr(t.ravel()[:4]))
