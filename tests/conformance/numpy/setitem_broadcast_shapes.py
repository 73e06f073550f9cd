import numpy as np
m = np.zeros((3, 4), dtype=int)
m[:] = [1, 2, 3, 4]
print(repr(m))
m[:] = np.array([[10], [20], [30]])
print(repr(m))
m[1:, 2:] = [[-1, -2]]
print(repr(m))
m[:, 0] = np.array([[7, 8, 9]])
print(repr(m))
for val in [[1, 2, 3], np.ones((3, 3)), np.ones((2, 4))]:
    try:
        m[...] = val
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
try:
    m[0] = [[1, 2, 3, 4], [5, 6, 7, 8]]
except Exception as e:
    print(type(e).__name__, e)
m[0] = np.array([[1, 2, 3, 4]])
print(repr(m[0]))
try:
    m[0] = [[1, 2, 3, 4]]
except Exception as e:
    print(type(e).__name__, e)
