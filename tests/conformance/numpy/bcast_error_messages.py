import numpy as np
shapes = [((3,), (4,)), ((2, 3), (3, 2)), ((2, 1, 3), (4, 1)), ((5,), (2, 4)), ((0,), (2,)), ((2, 3, 4), (2, 4))]
for s1, s2 in shapes:
    try:
        r = np.ones(s1) + np.ones(s2)
        print(s1, s2, 'ok', r.shape)
    except Exception as e:
        print(s1, s2, type(e).__name__, e)
try:
    np.where(np.ones(2, dtype=bool), np.ones(3), np.ones(4))
except Exception as e:
    print(type(e).__name__, e)
try:
    np.maximum(np.ones((2, 2)), np.ones(3), out=np.ones((2, 2)))
except Exception as e:
    print(type(e).__name__, e)
