import numpy as np
a = np.array([1, 3, 5, 7, 100])
for m in ['linear', 'lower', 'higher', 'nearest', 'midpoint', 'inverted_cdf', 'closest_observation', 'median_unbiased', 'weibull', 'hazen']:
    print(m, repr(np.percentile(a, [10, 35, 50, 90], method=m)))
print(repr(np.percentile(a, 0)), repr(np.percentile(a, 100)), repr(np.percentile(a, 62.5)))
print(repr(np.percentile(np.array([1.0, 2.0]), 50, method='nearest')), repr(np.percentile(np.array([1.0, 2.0, 3.0, 4.0]), 50, method='nearest')))
try:
    np.percentile(a, 101)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.percentile(a, 50, method='bogus')
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
