import numpy as np
a = np.arange(24).reshape(2, 3, 4)
print(np.transpose(a).shape, np.transpose(a, (1, 0, 2)).shape, a.transpose(2, 0, 1).shape, a.T.shape)
print(repr(np.transpose(a, (0, 2, 1))[1]))
print(repr(np.transpose(a, (-1, 0, 1))[3]), repr(a.transpose((1, 2, 0))[0, 0]))
v = np.arange(3)
print(repr(v.T), repr(np.transpose(v)), repr(v[None].T), repr(np.array(5).T))
m = np.array([[1, 2], [3, 4]])
t = m.T
t[0, 1] = 99
print(repr(m), t.flags['C_CONTIGUOUS'], t.flags['F_CONTIGUOUS'], np.shares_memory(m, t))
print(repr(m.mT if hasattr(m, 'mT') else m.T), repr(np.matrix_transpose(a)[0]))
for bad in [(0, 1), (0, 1, 1), (0, 1, 3)]:
    try:
        a.transpose(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(repr(np.permute_dims(a, (2, 1, 0)).shape))
