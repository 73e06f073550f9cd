import numpy as np
with np.errstate(all='ignore'):
    a = np.array([1.0, -1.0, 0.0, 2.0])
    print(repr(a / 0))
    print(repr(a / np.array([0.0, -0.0, 0.0, np.inf])))
    print(repr(np.array([1, 0, -3]) / 0))
    print(repr(np.array([5, -5, 0]) // 0))
    print(repr(np.array([5, -5, 0]) % 0))
    print(repr(np.array([5.0, -5.0]) // 0.0))
    print(repr(np.array([5.0, -5.0]) % 0.0))
    print(repr(np.log(np.array([0.0, -1.0, 1.0]))))
    print(repr(np.sqrt(np.array([-1.0, 4.0]))))
    print(repr(np.array([np.inf]) - np.array([np.inf])))
    print(repr(np.array([0.0]) * np.inf))
