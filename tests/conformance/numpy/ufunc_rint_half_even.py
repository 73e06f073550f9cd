import numpy as np
x = np.array([-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.5, 0.49999999999999994])
print(repr(np.rint(x)), repr(np.round(x)), repr(np.around(x)))
print(repr(np.floor(x)), repr(np.ceil(x)), repr(np.trunc(x)), repr(np.fix(x)))
print(repr(np.rint(np.array([1.5], dtype=np.float32))), repr(np.rint(np.array([3, -4]))))
print(repr(np.round(np.array([0.125, 0.375, 0.625]), 2)))
print(repr(np.round(np.array([12345.6789]), -3)), repr(np.around(np.array([-0.4]))))
print(repr(np.rint(np.array([np.nan, np.inf, -np.inf]))), repr(np.ceil(np.array([-0.5]))))
print(repr(np.rint(2.5)), repr(np.round(3.5)), type(np.round(2.5)).__name__)
