import numpy as np
a = np.arange(6.0).reshape(2, 3)
print(repr(np.allclose(a, a + 1e-10)), type(np.allclose(a, a)).__name__)
print(repr(np.allclose(a, a[0])), repr(np.allclose(a, [[0, 1, 2], [3, 4, 5]])), repr(np.allclose([], [])))
print(repr(np.allclose(np.array([1.0, np.nan]), np.array([1.0, np.nan]))), repr(np.allclose(np.array([1.0, np.nan]), np.array([1.0, np.nan]), equal_nan=True)))
print(repr(np.allclose(np.array([np.inf]), np.array([-np.inf]))), repr(np.allclose(1e10, 1.00001e10)), repr(np.allclose(1e-10, 2e-10)))
print(repr(np.allclose(1e-10, 2e-10, atol=0)), repr(np.allclose(np.array([1, 2]), np.array([1, 2]))), repr(np.allclose(True, 1)))
try:
    np.allclose(np.ones(3), np.ones(2))
except Exception as e:
    print(type(e).__name__, e)
print(repr(np.allclose(np.array([0.1 + 0.2]), 0.3)), 0.1 + 0.2 == 0.3, repr(np.array([0.1 + 0.2]) == 0.3))
x = np.linspace(0, 1, 11)
print(repr(np.allclose(x, np.arange(11) / 10)), repr(np.array_equal(x, np.arange(11) / 10)))
print(repr(np.allclose(np.float32(1 / 3), 1 / 3)), repr(np.allclose(np.array([1 + 1j]), np.array([1 + 1.00001j]))))
