import numpy as np
with np.errstate(divide='ignore', invalid='ignore'):
    print(repr(np.array([1.0, 0.0]) / 0))
try:
    with np.errstate(divide='raise'):
        np.array([1.0]) / 0
except FloatingPointError as e:
    print('FloatingPointError:', e)
try:
    with np.errstate(invalid='raise'):
        np.sqrt(np.array([-1.0]))
except FloatingPointError as e:
    print('FloatingPointError:', e)
old = np.geterr()
print(sorted(old.items()))
with np.errstate(all='ignore'):
    print(np.geterr()['divide'])
print(np.geterr()['divide'])
