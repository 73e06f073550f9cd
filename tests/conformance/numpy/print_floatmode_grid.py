import numpy as np
vals = [np.array([0.1, 0.25, 1.0]), np.array([1 / 3, 2 / 3]), np.array([1.0, 2.0]), np.array([123.456, 0.001])]
for fm in ['fixed', 'unique', 'maxprec', 'maxprec_equal']:
    for p in [0, 2, 5]:
        with np.printoptions(floatmode=fm, precision=p):
            print(fm, p, ' | '.join(str(v) for v in vals))
with np.printoptions(floatmode='unique', precision=1):
    print(repr(np.array([0.1 + 0.2, 1e-20])), repr(np.float64(0.1 + 0.2)))
with np.printoptions(floatmode='fixed', precision=3):
    print(repr(np.array([1e-10, 1e10])), repr(np.array([1.0, np.nan, np.inf])))
