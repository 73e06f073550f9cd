import numpy as np
a = np.array([1, 2, 3, 4])
print(repr(np.cumulative_sum(a)), repr(np.cumulative_sum(a, include_initial=True)))
print(repr(np.cumulative_prod(a)), repr(np.cumulative_prod(a, include_initial=True)))
m = np.arange(6).reshape(2, 3)
print(repr(np.cumulative_sum(m, axis=0)), repr(np.cumulative_sum(m, axis=1, include_initial=True)))
print(repr(np.cumulative_sum(np.array([0.5, 0.25]), dtype=np.float32)))
try:
    np.cumulative_sum(m)
except Exception as e:
    print(type(e).__name__, e)
print(repr(np.cumulative_sum(np.array([], dtype=int), include_initial=True)))
