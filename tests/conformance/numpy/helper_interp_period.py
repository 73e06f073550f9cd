import numpy as np
xp = [190, -190, 350, -350]
fp = [5, 10, 3, 4]
print(repr(np.interp([-180, -170, -185, 185, -10, -5, 0, 365], xp, fp, period=360)))
print(repr(np.interp(np.array([0.5, 1.5]), [0, 1, 2], [1 + 1j, 2 - 1j, 0j])))
print(repr(np.interp(2.5, [1, 2, 3], [3, 2, 0])), repr(np.interp([0, 10], [1, 2, 3], [3, 2, 0])))
print(repr(np.interp(np.array([[0.25, 0.75], [1.0, 2.0]]), [0.0, 1.0], [0.0, 100.0])))
print(repr(np.interp(1.0, [1.0, 1.0, 2.0], [0.0, 5.0, 6.0])), repr(np.interp(np.nan, [0, 1], [0, 1])))
print(repr(np.interp(np.array([0.5], dtype=np.float32), [0, 1], [0, 1])), repr(np.interp([1, 2], [1, 2], [10, 20])))
try:
    np.interp([1], [0, 1, 2], [1, 2])
except Exception as e:
    print(type(e).__name__, e)
try:
    np.interp([1], [], [])
except Exception as e:
    print(type(e).__name__, e)
try:
    np.interp([1], [0, 1], [0, 1], period=0)
except Exception as e:
    print(type(e).__name__, e)
