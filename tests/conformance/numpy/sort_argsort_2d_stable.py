import numpy as np
m = np.array([[2.0, 1.0, 2.0, 1.0], [0.5, 0.5, -0.5, 0.5]])
print(repr(np.argsort(m, axis=1, kind='stable')), repr(np.argsort(m, axis=0, kind='stable')))
print(repr(np.argsort(m, axis=None, kind='stable')), repr(np.argsort(m, axis=-1, stable=True)))
print(repr(m.argsort(kind='stable')[1]), repr(np.argsort(m.T, axis=0, kind='stable')))
print(repr(np.argsort(np.array([1, 1, 1, 1], dtype=np.uint8), kind='stable')), repr(np.argsort(np.array([]))))
print(repr(np.argsort(np.array(5))), repr(np.argsort([True, False, True, False], kind='stable')))
v = np.array([3, 1, 2]) [::-1]
print(repr(np.argsort(v)), repr(np.argsort(np.array([-1, -3, -2], dtype=np.int8))))
r = np.array([10, 30, 20, 30, 10])
print(repr(np.argsort(r, kind='stable')), repr(np.argsort(r, kind='stable')[::-1]))
print(repr(np.argsort(np.arange(12).reshape(3, 4) % 3, axis=0, kind='stable')))
