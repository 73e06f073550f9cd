import numpy as np
x = np.array([[1.0, 2.0, 3.0, 4.0], [2.0, 1.0, 4.0, 3.0], [4.0, 3.0, 2.0, 1.0]])
print(repr(np.corrcoef(x)))
print(repr(np.corrcoef(x.T, rowvar=False)))
print(repr(np.corrcoef(x[0], x[2])), repr(np.corrcoef(x[0], x[1])[0, 1]))
print(repr(np.corrcoef(np.array([1, 2, 3]))))
print(repr(np.round(np.corrcoef(np.array([1.0, 2.0, 3.5, 3.9]), np.array([2.0, 4.1, 6.0, 8.3])), 6)))
print(repr(np.corrcoef(x, x[:1])))
with np.errstate(all='ignore'):
    print(repr(np.corrcoef(np.array([1.0, 1.0, 1.0]), np.array([1.0, 2.0, 3.0]))))
