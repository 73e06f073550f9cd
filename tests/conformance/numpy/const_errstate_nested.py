import numpy as np
print(np.geterr())
with np.errstate(divide='ignore'):
    print(np.geterr()['divide'], repr(np.array([1.0, -1.0]) / 0.0))
    with np.errstate(divide='raise', over='ignore'):
        print(np.geterr()['divide'], np.geterr()['over'])
        try:
            np.array([2.0]) / 0.0
        except FloatingPointError as e:
            print('inner', e)
    print(np.geterr()['divide'], np.geterr()['over'])
print(np.geterr()['divide'])
try:
    with np.errstate(over='raise'):
        np.array([1e308]) * 10
except FloatingPointError as e:
    print(type(e).__name__, e)
old = np.seterr(all='ignore')
print(sorted(old.items()))
print(repr(np.array([0.0]) / 0.0), np.geterr()['invalid'])
np.seterr(**old)
print(np.geterr() == old)
try:
    with np.errstate(divide='raise'):
        np.array([1], dtype=np.int64) // 0
    print('int floor div by zero no raise')
except FloatingPointError as e:
    print(type(e).__name__, e)
