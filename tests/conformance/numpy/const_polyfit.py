import numpy as np
x = np.array([0.0, 1.0, 2.0, 3.0])
y = 2 * x + 1
c = np.polyfit(x, y, 1)
print(repr(np.round(c, 10)))
print(repr(np.polyval([1, 2, 3], 2)), repr(np.polyval([1, 0, -1], np.array([0, 1, 2]))))
print(repr(np.polyval(np.array([0.5, 0.0, 1.0]), np.array([1.0, 2.0]))))
c2 = np.polyfit(x, x ** 2, 2)
print(repr(np.round(c2, 8) + 0.0))
print(repr(np.roots([1, -3, 2])))
print(repr(np.polyder([1, 2, 3])), repr(np.polyint([3, 2, 1])))
p = np.poly1d([1, 2])
print(repr(p(3)))
