import numpy as np
a = np.array([0.0, 1.0, 2.0, 4.0, 9.0])
print(repr(np.sqrt(a)))
print(repr(np.square(a)), repr(np.square(np.array([-3, 4]))))
print(repr(np.cbrt(np.array([-8.0, 27.0, 2.0]))))
print(repr(np.sqrt(np.array([4, 16]))))
print(repr(np.sqrt(np.array([2.0], dtype=np.float32))))
print(repr(np.sqrt(np.array([-4 + 0j]))))
print(np.sqrt(2.0), repr(np.sqrt(2)))
