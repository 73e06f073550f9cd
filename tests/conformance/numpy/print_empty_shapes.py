import numpy as np
print(repr(np.array([])), np.array([]))
print(repr(np.zeros((2, 0))), np.zeros((2, 0)))
print(repr(np.zeros((0, 3), dtype=int)))
print(repr(np.zeros(0, dtype=np.float32)))
print(repr(np.zeros(0, dtype=bool)))
print(repr(np.zeros((1, 0, 2))))
print(repr(np.array([], dtype=np.int8)))
print(repr(np.zeros((0,), dtype=complex)))
