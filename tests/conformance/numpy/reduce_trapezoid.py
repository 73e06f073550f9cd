import numpy as np
print(repr(np.trapezoid(np.array([1, 2, 3]))))
print(repr(np.trapezoid(np.array([1.0, 2.0, 3.0]), dx=0.5)))
print(repr(np.trapezoid(np.array([1.0, 4.0, 9.0]), x=np.array([0.0, 1.0, 3.0]))))
x = np.linspace(0, np.pi, 101)
print(repr(np.round(np.trapezoid(np.sin(x), x), 8)))
print(repr(np.trapezoid(np.arange(6).reshape(2, 3), axis=1)))
