import numpy as np
print(repr(np.r_[0:5:2, -1, np.array([7, 8])]), repr(np.r_[-1:1:5j]))
print(repr(np.r_[np.array([1, 2]), 3.5]), repr(np.r_['0,2', [1, 2], [3, 4]]))
print(repr(np.r_['-1', np.ones((2, 1)), np.zeros((2, 2))]), repr(np.r_[np.array([], dtype=int), 4]))
print(repr(np.c_[[1, 2, 3], [4, 5, 6]]), repr(np.c_[np.array([[1, 2]]), 0, np.array([[9]])]))
print(repr(np.c_[np.arange(2), np.ones((2, 2), dtype=int)]))
print(repr(np.s_[1:3]), repr(np.s_[::2, 1]), repr(np.index_exp[2]))
a = np.arange(10)
print(repr(a[np.s_[2:8:3]]), repr(a[np.r_[1:3, 7]]))
