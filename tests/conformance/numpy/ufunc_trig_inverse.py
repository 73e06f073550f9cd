import numpy as np
x = np.array([-1.0, -0.5, 0.0, 0.5, 1.0])
print(repr(np.arcsin(x)))
print(repr(np.arccos(x)))
print(repr(np.arctan(np.array([-np.inf, -1.0, 0.0, 1.0, np.inf]))))
with np.errstate(invalid='ignore'):
    print(repr(np.arcsin(np.array([1.5, -2.0]))), repr(np.arccos(np.array([np.nan]))))
print(repr(np.tan(np.array([0.0, np.pi / 4, -np.pi / 4]))))
print(repr(np.sin(np.array([0, 1, 2]))), repr(np.cos(np.array([0], dtype=np.float32))))
print(repr(np.arcsin(np.array([0.5], dtype=np.float16))), repr(np.arctan(1) * 4))
print(repr(np.sin(np.pi)), repr(np.cos(np.pi / 2)), repr(np.sin(-0.0)))
