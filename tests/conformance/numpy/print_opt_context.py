import numpy as np
a = np.array([1.123456789, 2.0, 1e-6])
with np.printoptions(precision=2, suppress=True):
    print(a)
    print(repr(a))
print(a)
opts = np.get_printoptions()
print(opts['precision'], opts['threshold'], opts['edgeitems'], opts['linewidth'], opts['suppress'], opts['floatmode'], opts['sign'], opts['nanstr'], opts['infstr'])
with np.printoptions(threshold=3):
    print(np.arange(5))
print(np.get_printoptions()['threshold'])
