import numpy as np
for a in [np.array([1, -2]), np.array([1.5, -0.0]), np.array([1 + 2j]), np.array([1, 2], dtype=np.uint8), np.array([True, False])]:
    for name, fn in [('neg', lambda x: -x), ('pos', lambda x: +x), ('abs', lambda x: abs(x)), ('inv', lambda x: ~x)]:
        try:
            print(a.dtype, name, repr(fn(a)))
        except Exception as e:
            print(a.dtype, name, type(e).__name__, e)
print(repr(+np.array(5)), repr(-np.array([np.inf, np.nan])))
