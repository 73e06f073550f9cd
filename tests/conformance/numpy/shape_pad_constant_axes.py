import numpy as np
m = np.arange(1, 7).reshape(2, 3)
print(repr(np.pad(m, ((1, 0), (0, 2)), constant_values=((-1, -2), (-3, -4)))))
print(repr(np.pad(m, (1, 2), constant_values=(7, 8))))
print(repr(np.pad(m, ((0, 0), (1, 1)))))
print(repr(np.pad(m.astype(float), 1, constant_values=0.5)), repr(np.pad(m, 1, constant_values=2.7)[0]))
print(repr(np.pad(np.array([True]), 2)), repr(np.pad(np.array([], dtype=int), 2, constant_values=3)))
print(repr(np.pad(np.array([1, 2, 3]), (0, 0))), np.pad(np.ones((2, 2, 2)), 1).shape)
print(repr(np.pad(np.array([1, 2, 3]), ((2, 1),), mode='constant')))
print(repr(np.pad(np.array([1, 2, 3, 4]), 2, mode='wrap')), repr(np.pad(np.array([1, 2, 3]), 2, mode='symmetric')))
print(repr(np.pad(np.array([1.0, 5.0]), 2, mode='linear_ramp', end_values=(0, 9))))
print(repr(np.pad(np.array([1, 5, 2]), 1, mode='maximum')), repr(np.pad(np.array([1, 5, 3]), (2, 0), mode='mean')))
try:
    np.pad(m, ((1, 2), (3, 4), (5, 6)))
except Exception as e:
    print(type(e).__name__, e)
try:
    np.pad(m, -1)
except Exception as e:
    print(type(e).__name__, e)
