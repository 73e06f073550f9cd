import numpy as np
print(np.linspace(0, 1, 3))
print(np.linspace(-5, 5, 7))
print(repr(np.linspace(0, 100, 9)))
print(repr(np.linspace(1e-6, 1e-3, 4)))
print(repr(np.linspace(0, 2 * np.pi, 5)))
print(repr(np.linspace(0, 1, 5, dtype=np.float32)))
print(repr(np.linspace(10, 20, 4) ** 2))
print(np.arange(0, 5, 0.5))
