import numpy as np
a = np.array([[np.nan, 2.0, 4.0], [1.0, np.nan, 7.0], [3.0, 5.0, np.nan]])
print(repr(np.nansum(a, axis=0)), repr(np.nansum(a, axis=1, keepdims=True)))
print(repr(np.nanmean(a, axis=0)), repr(np.nanmean(a, axis=-1)), repr(np.nanmean(a)))
print(repr(np.nanmax(a, axis=0)), repr(np.nanmin(a, axis=1)), repr(np.nanmax(a, keepdims=True)))
print(repr(np.nanstd(a, axis=0)), repr(np.nanstd(a, ddof=1)), repr(np.nanvar(a, axis=1, ddof=1)))
print(repr(np.nanargmin(a, axis=0)), repr(np.nanargmax(a, axis=1)))
print(repr(np.nanmedian(a, axis=0)), repr(np.nanpercentile(a, 75, axis=1)))
print(repr(np.nancumsum(a, axis=1)), repr(np.nanprod(a, axis=0)))
i = np.array([1, 2, 3])
print(repr(np.nansum(i)), repr(np.nanmean(i)), repr(np.nanmax(i)), repr(np.nanstd(i)))
with np.errstate(all='ignore'):
    print(repr(np.nansum(np.array([np.nan, np.inf]))), repr(np.nanmin(np.array([-np.inf, np.nan]))))
print(repr(np.nanmean(np.array([[1.0, np.nan], [np.nan, 3.0]]), axis=0, keepdims=True)))
