# numpy part: statistics. Counting, averages, covariance and the NaN-aware reductions.


def count_nonzero(a, axis=None, keepdims=False):
    return (asarray(a) != 0).sum(axis=axis, keepdims=keepdims)


def ptp(a, axis=None, keepdims=False):
    a = asarray(a)
    return a.max(axis=axis, keepdims=keepdims) - a.min(axis=axis, keepdims=keepdims)


def average(a, axis=None, weights=None, returned=False, *, keepdims=False):
    a = asarray(a)
    if weights is None:
        avg = a.mean(axis=axis, keepdims=keepdims)
        avg_arr = asarray(avg)
        scl = asarray(a.size / avg_arr.size, dtype=avg_arr.dtype)[()]
    else:
        wgt = asarray(weights)
        if a.dtype.kind in 'iub':
            rdt = _result_type(a.dtype, wgt.dtype, float64)
        else:
            rdt = _result_type(a.dtype, wgt.dtype)
        if a.shape != wgt.shape:
            if axis is None:
                raise TypeError("Axis must be specified when shapes of a and weights differ.")
            axes = _axis_tuple(axis, a.ndim)
            if wgt.shape != tuple(a.shape[ax] for ax in axes):
                raise ValueError("Shape of weights must be consistent with shape of a along specified axis.")
            order = sorted(range(len(axes)), key=lambda i: axes[i])
            wgt = wgt.transpose(tuple(order))
            wgt = wgt.reshape(tuple((s if ax in axes else 1) for ax, s in enumerate(a.shape)))
            axis = tuple(axes)
        scl = wgt.astype(rdt).sum(axis=axis, keepdims=keepdims)
        if (asarray(scl) == 0.0).any():
            raise ZeroDivisionError("Weights sum to zero, can't be normalized")
        avg = (a.astype(rdt) * wgt.astype(rdt)).sum(axis=axis, keepdims=keepdims) / scl
        avg_arr = asarray(avg)
    if returned:
        if asarray(scl).shape != avg_arr.shape:
            scl = _bcast_to(scl, avg_arr.shape)
        return avg, scl
    return avg


def _drop_unit_axes(a):
    return a.reshape(tuple(d for d in a.shape if d != 1))


def cov(m, y=None, rowvar=True, bias=False, ddof=None, fweights=None, aweights=None, *, dtype=None):
    if fweights is not None or aweights is not None:
        raise NotImplementedError("np.cov with fweights/aweights is not supported by nabla yet")
    m = asarray(m)
    if m.ndim > 2:
        raise ValueError("m has more than 2 dimensions")
    if dtype is None:
        dtype = complex128 if m.dtype.kind == 'c' else float64
        if y is not None and asarray(y).dtype.kind == 'c':
            dtype = complex128
    X = array(m, ndmin=2, dtype=dtype)
    if not rowvar and X.shape[0] != 1:
        X = X.T
    if X.shape[0] == 0:
        return empty((0, 0), dtype=dtype)
    if y is not None:
        yy = array(y, ndmin=2, dtype=dtype)
        if not rowvar and yy.shape[0] != 1:
            yy = yy.T
        X = concatenate((X, yy), axis=0)
    if ddof is None:
        ddof = 0 if bias else 1
    avg = X.mean(axis=1)
    fact = X.shape[1] - ddof
    X = X - avg[:, None]
    c = dot(X, conjugate(X.T)) if X.dtype.kind == 'c' else dot(X, X.T)
    c = c * true_divide(1, fact)
    return _drop_unit_axes(c)


def corrcoef(x, y=None, rowvar=True, *, dtype=None):
    c = cov(x, y, rowvar, dtype=dtype)
    if c.ndim != 2:
        return c / c
    d = diag(c)
    stddev = sqrt(d.real)
    c = c / stddev[:, None]
    c = c / stddev[None, :]
    return clip(c, -1, 1)


# --- NaN-aware reductions ----------------------------------------------------------------------------------------

def _nan_replaced(a, value):
    a = asarray(a)
    if not _is_inexact(a):
        return a, None
    mask = isnan(a)
    return where(mask, value, a), mask


def nansum(a, axis=None, dtype=None, out=None, keepdims=False):
    arr, mask = _nan_replaced(a, 0)
    return arr.sum(axis=axis, dtype=dtype, keepdims=keepdims)


def nanprod(a, axis=None, dtype=None, out=None, keepdims=False):
    arr, mask = _nan_replaced(a, 1)
    if dtype is not None:
        arr = arr.astype(dtype)
    return arr.prod(axis=axis, keepdims=keepdims)


def nancumsum(a, axis=None, dtype=None, out=None):
    arr, mask = _nan_replaced(a, 0)
    return cumsum(arr, axis=axis, dtype=dtype)


def nancumprod(a, axis=None, dtype=None, out=None):
    arr, mask = _nan_replaced(a, 1)
    return cumprod(arr, axis=axis, dtype=dtype)


def _divide_keep(tot, cnt):
    # NumPy's _divide_by_count: true division, cast back to the dtype of the total.
    r = asarray(true_divide(tot, cnt)).astype(asarray(tot).dtype)
    return r[()] if r.ndim == 0 else r


def nanmean(a, axis=None, dtype=None, out=None, keepdims=False):
    arr, mask = _nan_replaced(a, 0)
    if mask is None:
        return arr.mean(axis=axis, keepdims=keepdims)
    cnt = (~mask).sum(axis=axis, keepdims=keepdims)
    tot = arr.sum(axis=axis, dtype=dtype, keepdims=keepdims)
    return _divide_keep(tot, cnt)


def nanvar(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False):
    arr, mask = _nan_replaced(a, 0)
    if mask is None:
        return arr.var(axis=axis, ddof=ddof, keepdims=keepdims)
    cnt = (~mask).sum(axis=axis, keepdims=True)
    avg = asarray(_divide_keep(arr.sum(axis=axis, dtype=dtype, keepdims=True), cnt))
    dev = subtract(arr, avg).astype(arr.dtype)
    dev = where(mask, 0, dev)
    if dev.dtype.kind == 'c':
        sqr = (dev * conjugate(dev)).real
    else:
        sqr = dev * dev
    var = sqr.sum(axis=axis, dtype=dtype, keepdims=keepdims)
    dof = (~mask).sum(axis=axis, keepdims=keepdims) - ddof
    var = asarray(_divide_keep(var, dof))
    var = where(dof <= 0, nan, var)
    return _scalar_out(var)


def nanstd(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False):
    var = nanvar(a, axis=axis, dtype=dtype, ddof=ddof, keepdims=keepdims)
    return sqrt(var)


def _nan_extreme(a, axis, keepdims, fill, use_max):
    a = asarray(a)
    if not _is_inexact(a):
        return a.max(axis=axis, keepdims=keepdims) if use_max else a.min(axis=axis, keepdims=keepdims)
    mask = isnan(a)
    filled = where(mask, fill, a)
    r = filled.max(axis=axis, keepdims=keepdims) if use_max else filled.min(axis=axis, keepdims=keepdims)
    allnan = mask.all(axis=axis, keepdims=keepdims)
    return _scalar_out(where(allnan, nan, r))


def nanmax(a, axis=None, out=None, keepdims=False):
    return _nan_extreme(a, axis, keepdims, -inf, True)


def nanmin(a, axis=None, out=None, keepdims=False):
    return _nan_extreme(a, axis, keepdims, inf, False)


def _nan_arg(a, axis, keepdims, fill, use_max):
    a = asarray(a)
    if _is_inexact(a):
        mask = isnan(a)
        if mask.all(axis=axis).any():
            raise ValueError("All-NaN slice encountered")
        a = where(mask, fill, a)
    return a.argmax(axis=axis, keepdims=keepdims) if use_max else a.argmin(axis=axis, keepdims=keepdims)


def nanargmax(a, axis=None, out=None, *, keepdims=False):
    return _nan_arg(a, axis, keepdims, -inf, True)


def nanargmin(a, axis=None, out=None, *, keepdims=False):
    return _nan_arg(a, axis, keepdims, inf, False)


def nanmedian(a, axis=None, out=None, overwrite_input=False, keepdims=False):
    a = asarray(a)
    if not _is_inexact(a):
        return median(a, axis=axis, keepdims=keepdims)
    if axis is None:
        flat = a.ravel()
        vals = flat[~isnan(flat)]
        if vals.size == 0:
            r = asarray(nan, dtype=a.dtype)
        else:
            r = asarray(median(vals))
        if keepdims:
            r = r.reshape(tuple([1] * a.ndim))
        return _scalar_out(r)
    ax = _normalize_axis(axis, a.ndim)
    s = sort(a, axis=ax)
    cnt = (~isnan(a)).sum(axis=ax, keepdims=True)
    lo = take_along_axis(s, clip((cnt - 1) // 2, 0, None), ax)
    hi = take_along_axis(s, clip(cnt // 2, 0, a.shape[ax] - 1), ax)
    r = where(cnt % 2 == 1, lo, (lo + hi) / 2)
    r = where(cnt == 0, nan, r)
    if not keepdims:
        r = r.reshape(tuple(d for i, d in enumerate(r.shape) if i != ax))
    return _scalar_out(r)
