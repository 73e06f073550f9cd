import numpy as np
a = np.arange(12).reshape(3, 4)
tests = [lambda: a[3], lambda: a[-4], lambda: a[0, 4], lambda: a[1, 2, 3], lambda: a[1.0], lambda: a['x'],
         lambda: a[[1.5]], lambda: np.arange(3)[10], lambda: np.arange(3)[-4], lambda: a[..., ...],
         lambda: np.array(5)[0], lambda: a[0, :, 1], lambda: a[[0, 1], [0, 1], [0, 1]]]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
print(repr(a[2, -4]), repr(a[-3]))
