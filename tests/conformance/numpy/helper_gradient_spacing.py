import numpy as np
f = np.array([1.0, 2.0, 4.0, 7.0, 11.0])
print(repr(np.gradient(f)), repr(np.gradient(f, 2.0)), repr(np.gradient(f, edge_order=2)))
x = np.array([0.0, 1.0, 1.5, 3.5, 4.0])
print(repr(np.gradient(f, x)), repr(np.gradient(f, x, edge_order=2)))
m = np.array([[1, 2, 6], [3, 4, 5]])
g = np.gradient(m)
print(type(g).__name__, len(g), repr(g[0]), repr(g[1]))
print(repr(np.gradient(m, axis=1)), repr(np.gradient(m, 2, 0.5)[1]), repr(np.gradient(m, axis=-2)))
print(repr(np.gradient(np.array([1, 4, 9], dtype=np.int8))), repr(np.gradient(np.array([1j, 2, 3j]))))
try:
    np.gradient(np.array([5.0]))
except Exception as e:
    print(type(e).__name__, e)
try:
    np.gradient(f, np.array([0.0, 1.0]))
except Exception as e:
    print(type(e).__name__, e)
