import numpy as np
print(len(np.zeros((4, 2))), len(np.arange(3)), len(np.zeros((0, 5))))
for a in [np.array([0]), np.array([3.5]), np.array([[True]]), np.array([np.nan])]:
    print(repr(a), bool(a))
for a in [np.array([]), np.array([1, 2]), np.zeros((2, 2))]:
    try:
        print(bool(a))
    except Exception as e:
        print(type(e).__name__, e)
try:
    if np.array([1, 2]) == np.array([1, 2]):
        print('eq')
except Exception as e:
    print(type(e).__name__, e)
print(bool((np.array([1, 2]) == np.array([1, 2])).all()), np.array([1, 2]).size > 0)
try:
    print(np.array([1, 2]) and True)
except Exception as e:
    print(type(e).__name__, e)
print(not np.array([0]), 'x' if np.array(1) else 'y')
