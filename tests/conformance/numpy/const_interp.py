import numpy as np
xp = np.array([0.0, 1.0, 2.0])
fp = np.array([0.0, 10.0, 15.0])
print(repr(np.interp(np.array([0.5, 1.5, -1.0, 3.0]), xp, fp)))
print(repr(np.interp(1.25, xp, fp)))
print(repr(np.interp(np.array([0.5]), xp, fp, left=-1, right=99)))
print(repr(np.interp(np.array([-1.0, 5.0]), xp, fp, left=-1, right=99)))
print(repr(np.interp(np.arange(4), [0, 3], [0, 1])))
