import numpy as np
a = np.array([np.pi, -np.e, 1e-7])
with np.printoptions(precision=3):
    print(a)
    with np.printoptions(suppress=True):
        print(a)
        with np.printoptions(precision=1, sign='+'):
            print(a)
        print(a)
    print(a)
print(a)
try:
    with np.printoptions(precision=2):
        print(a)
        raise KeyError('boom')
except KeyError as e:
    print('caught', e)
print(a, np.get_printoptions()['precision'])
with np.printoptions(threshold=4, edgeitems=1) as opts:
    print(type(opts).__name__, opts['threshold'], opts['edgeitems'])
    print(np.arange(10), np.arange(4))
print(np.arange(10))
np.set_printoptions(precision=2)
with np.printoptions():
    print(a)
print(a)
