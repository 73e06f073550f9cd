import numpy as np
y = np.array([[1.0, 2.0, 4.0], [0.0, 3.0, 3.0]])
print(repr(np.trapezoid(y)), repr(np.trapezoid(y, axis=0)), repr(np.trapezoid(y, dx=2.0, axis=-1)))
print(repr(np.trapezoid(y, x=np.array([0.0, 0.5, 2.0]))))
print(repr(np.trapezoid(y, x=np.array([[0.0, 1.0, 2.0], [0.0, 2.0, 4.0]]))))
print(repr(np.trapezoid(np.array([3, 5])), ), repr(np.trapezoid(np.array([1.0])), ), repr(np.trapezoid([1, 2, 3], [3, 2, 1])))
print(repr(np.trapezoid(np.array([1 + 1j, 3 + 1j]))), repr(np.trapezoid(np.array([True, True, False]))))
x = np.linspace(0, 1, 5)
print(repr(np.trapezoid(x ** 2, x)), repr(np.trapezoid(x ** 2, dx=0.25)))
