import numpy as np
a = np.array([1.0, 2.0, 3.0])
b = a + 1e-9
print(repr(np.allclose(a, b)), repr(np.allclose(a, a + 1e-3)), repr(np.allclose(a, a + 1e-3, atol=1e-2)))
print(repr(np.isclose(a, np.array([1.0, 2.1, 3.0]))))
print(repr(np.isclose(np.array([np.nan, 1.0]), np.array([np.nan, 1.0]))))
print(repr(np.isclose(np.array([np.nan]), np.array([np.nan]), equal_nan=True)))
print(repr(np.allclose(np.array([np.inf]), np.array([np.inf]))))
print(repr(np.isclose(1e-9, 0.0)), repr(np.isclose(1e-9, 0.0, atol=0)))
print(repr(np.allclose(np.ones((2, 3)), 1)))
print(repr(np.isclose(100.0, 100.00001, rtol=1e-8, atol=0)))
