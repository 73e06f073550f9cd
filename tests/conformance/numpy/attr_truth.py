import numpy as np
print(bool(np.array([1])), bool(np.array([0])), bool(np.array(0.0)), bool(np.array(2.5)))
print(bool(np.array([[True]])))
if np.array([3]):
    print('single element truthy')
print(np.array([1, 2]).any(), np.array([1, 0]).all())
print(bool(np.float64(0.0)), bool(np.int64(5)), bool(np.True_))
print(not np.False_)
x = np.array([1, 2, 3])
print((x > 0).all() and (x < 5).all())
