import numpy as np
x = np.array([-1.0, 0.0, 0.5, 1.0])
print(repr(np.sinh(x)))
print(repr(np.cosh(x)))
print(repr(np.tanh(x)))
print(repr(np.arcsinh(x)))
print(repr(np.arccosh(np.array([1.0, 2.0, 10.0]))))
print(repr(np.arctanh(np.array([-0.5, 0.0, 0.5]))))
with np.errstate(all='ignore'):
    print(repr(np.arctanh(np.array([1.0, -1.0, 2.0]))))
