import numpy as np
a = np.array([1.5, -2.0, 3.25])
print(f'{a}', f'{a!r}', f'{a!s}')
print('{}'.format(a), '{0!r}'.format(np.arange(3)), 'x=%s' % (a,), 'y=%r' % (np.array([1]),))
print(format(np.arange(3)), str(np.arange(3)) == format(np.arange(3)))
print(f'{np.float64(3.14159):.2f}', f'{np.int64(42):>5d}', f'{np.float32(2.5):e}', f'{np.int8(-3):+d}')
print(f'{a.sum():.3f}', f'{a.mean():8.2f}|', f'{np.array(2.5):.1f}')
try:
    print(f'{a:.2f}')
except Exception as e:
    print(type(e).__name__, e)
print('%.2f' % np.float64(1 / 3), '%d' % np.int32(7), '%5.1f|' % np.float32(2.25), '%s' % np.bool_(True))
print(str([np.float64(1.5), np.int64(2)]), str((np.arange(2),)), f'{[np.float32(0.5)]}')
print(' '.join(str(x) for x in np.array([0.1, 0.2, 0.30000000000000004])), ' '.join(map(str, np.arange(3))))
