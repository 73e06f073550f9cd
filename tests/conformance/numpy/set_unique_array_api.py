import numpy as np
a = np.array([[3, 1], [3, 2], [1, 1]])
r = np.unique_all(a)
print(type(r).__name__, r._fields)
print(repr(r.values), repr(r.indices), repr(r.inverse_indices), repr(r.counts))
ri = np.unique_inverse(a)
print(repr(ri.values), repr(ri.inverse_indices), ri.inverse_indices.shape)
print(repr(ri.values[ri.inverse_indices]))
c = np.unique_counts(np.array([1.5, 1.5, -2.0]))
print(repr(c.values), repr(c.counts))
vals, counts = c
print(repr(vals), repr(counts))
print(repr(np.unique_values(np.array([[9, 9], [0, 9]]))))
