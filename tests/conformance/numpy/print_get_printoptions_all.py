import numpy as np
opts = np.get_printoptions()
for k in sorted(opts):
    print(k, repr(opts[k]))
np.set_printoptions(precision=4, threshold=50, edgeitems=2, linewidth=60, suppress=True, sign='+', floatmode='fixed')
o2 = np.get_printoptions()
print([(k, o2[k]) for k in ['precision', 'threshold', 'edgeitems', 'linewidth', 'suppress', 'sign', 'floatmode']])
print(np.array([1.0, -2.0]))
np.set_printoptions(precision=8, threshold=1000, edgeitems=3, linewidth=75, suppress=False, sign='-', floatmode='maxprec')
print(np.get_printoptions() == opts)
for bad in [dict(sign='x'), dict(floatmode='weird'), dict(threshold='a')]:
    try:
        np.set_printoptions(**bad)
    except Exception as e:
        print(type(e).__name__, e)
