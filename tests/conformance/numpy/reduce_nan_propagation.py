import numpy as np
a = np.array([[1.0, np.nan, 3.0], [4.0, 5.0, 6.0]])
print(repr(a.sum(axis=1)), repr(a.mean(axis=0)), repr(a.max(axis=1)), repr(a.min(axis=0)))
print(repr(a.prod()), repr(a.cumsum()), repr(np.median(a, axis=1)))
with np.errstate(all='ignore'):
    print(repr(a.std(axis=1)), repr(a.var()))
print(repr(np.nansum(a, axis=1)), repr(np.nanprod(a, axis=0)), repr(np.nanmax(a, axis=1)))
i = np.array([np.inf, -np.inf, 1.0])
with np.errstate(invalid='ignore'):
    print(repr(i.sum()), repr(i[:1].sum()), repr(i.max()), repr(i.min()), repr(i.mean()))
print(repr(np.isnan(a).sum()), repr(np.isnan(a).any(axis=1)), repr(np.isfinite(i).all()))
print(repr(np.nansum(np.array([np.nan, np.nan]))), repr(np.nanprod(np.array([np.nan]))))
