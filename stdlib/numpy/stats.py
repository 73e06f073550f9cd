# numpy part: statistics. Counting, averages, covariance, NaN-aware reductions, quantiles and medians, histograms.


def count_nonzero(a, axis=None, keepdims=False):
    """The number of non-zero values (along an axis).

    >>> np.count_nonzero([[0, 1, 7], [0, 0, 3]])
    np.int64(3)
    >>> np.count_nonzero([[0, 1, 7], [0, 0, 3]], axis=1)
    array([2, 1])
    """
    a = asarray(a)
    if a.dtype.kind in 'US':
        # A string counts when it is not empty.
        return a.astype(bool_).sum(axis=axis, keepdims=keepdims)
    return (a != 0).sum(axis=axis, keepdims=keepdims)


def ptp(a, axis=None, keepdims=False):
    """The range (maximum minus minimum) of values along an axis.

    >>> np.ptp([4, 9, 2, 10])
    np.int64(8)
    """
    a = asarray(a)
    # The ufunc, as NumPy's _ptp: the `-` of two integer scalars would check for overflow.
    return subtract(a.max(axis=axis, keepdims=keepdims), a.min(axis=axis, keepdims=keepdims))


def _weights_along(a, wgt, axis):
    # Weights given only along the reduced axes (NumPy's average/quantile rule): check their shape, then lay them
    # out with length-1 axes elsewhere so they broadcast against a. Returns them and the axes as a tuple.
    if axis is None:
        raise TypeError("Axis must be specified when shapes of a and weights differ.")
    axes = _axis_tuple(axis, a.ndim)
    if wgt.shape != tuple(a.shape[ax] for ax in axes):
        raise ValueError("Shape of weights must be consistent with shape of a along specified axis.")
    order = sorted(range(len(axes)), key=lambda k: axes[k])
    wgt = wgt.transpose(tuple(order))
    wgt = wgt.reshape(tuple((s if ax in axes else 1) for ax, s in enumerate(a.shape)))
    return wgt, tuple(axes)


def average(a, axis=None, weights=None, returned=False, *, keepdims=False):
    """The weighted average along an axis (the mean without weights).

    >>> np.average([1.0, 2.0, 3.0, 4.0])
    np.float64(2.5)
    >>> np.average([1.0, 2.0, 3.0], weights=[3, 1, 0])
    np.float64(1.25)
    """
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
            wgt, axis = _weights_along(a, wgt, axis)
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


def _cov_weights(wt, name, nobs):
    wt = asarray(wt, dtype=float64)
    if wt.ndim > 1:
        raise RuntimeError("cannot handle multidimensional " + name)
    if wt.shape[0] != nobs:
        raise RuntimeError("incompatible numbers of samples and " + name)
    if _pybool(any(wt < 0)):
        raise ValueError(name + " cannot be negative")
    return wt


def cov(m, y=None, rowvar=True, bias=False, ddof=None, fweights=None, aweights=None, *, dtype=None):
    """The covariance matrix of variables in rows (rowvar=False: in columns).

    >>> np.cov([[0.0, 1.0, 2.0], [2.0, 1.0, 0.0]])
    array([[ 1., -1.],
           [-1.,  1.]])
    """
    if ddof is not None and ddof != int(ddof):
        raise ValueError("ddof must be integer")
    m = asarray(m)
    if m.ndim > 2:
        raise ValueError("m has more than 2 dimensions")
    if y is not None:
        y = asarray(y)
        if y.ndim > 2:
            raise ValueError("y has more than 2 dimensions")
    if dtype is None:
        dtype = _result_type(m, float64) if y is None else _result_type(m, y, float64)
    X = array(m, ndmin=2, dtype=dtype)
    if not rowvar and m.ndim != 1:
        X = X.T
    if X.shape[0] == 0:
        return array([]).reshape(0, 0)
    if y is not None:
        yy = array(y, ndmin=2, dtype=dtype)
        if not rowvar and yy.shape[0] != 1:
            yy = yy.T
        X = concatenate((X, yy), axis=0)
    if ddof is None:
        ddof = 1 if bias == 0 else 0
    # The product of frequencies and weights.
    w = None
    if fweights is not None:
        fweights = asarray(fweights, dtype=float64)
        if not _pybool(all(fweights == around(fweights))):
            raise TypeError("fweights must be integer")
        w = _cov_weights(fweights, "fweights", X.shape[1])
    if aweights is not None:
        aweights = _cov_weights(aweights, "aweights", X.shape[1])
        w = aweights if w is None else w * aweights
    avg, w_sum = average(X, axis=1, weights=w, returned=True)
    w_sum = w_sum[0]
    # The normalization.
    if w is None:
        fact = X.shape[1] - ddof
    elif ddof == 0:
        fact = w_sum
    elif aweights is None:
        fact = w_sum - ddof
    else:
        fact = w_sum - ddof * sum(w * aweights) / w_sum
    if fact <= 0:
        fact = 0.0
    X = (X - avg[:, None]).astype(X.dtype)
    X_T = X.T if w is None else (X * w).T
    c = dot(X, X_T.conj())
    # NumPy scales in place, so c keeps its dtype.
    c = (c * true_divide(1, fact)).astype(c.dtype)
    return c.squeeze()


def corrcoef(x, y=None, rowvar=True, *, dtype=None):
    """The Pearson correlation coefficients of variables in rows.

    >>> np.corrcoef([[0.0, 1.0, 2.0], [2.0, 1.0, 0.5]]).round(4)
    array([[ 1.   , -0.982],
           [-0.982,  1.   ]])
    """
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
    """The sum, treating NaNs as zero.

    >>> np.nansum([1.0, np.nan, 2.0])
    np.float64(3.0)
    """
    arr, mask = _nan_replaced(a, 0)
    return arr.sum(axis=axis, dtype=dtype, keepdims=keepdims)


def nanprod(a, axis=None, dtype=None, out=None, keepdims=False):
    """The product, treating NaNs as one.

    >>> np.nanprod([2.0, np.nan, 3.0])
    np.float64(6.0)
    """
    arr, mask = _nan_replaced(a, 1)
    if dtype is not None:
        arr = arr.astype(dtype)
    return arr.prod(axis=axis, keepdims=keepdims)


def nancumsum(a, axis=None, dtype=None, out=None):
    """The cumulative sum, treating NaNs as zero.

    >>> np.nancumsum([1.0, np.nan, 2.0])
    array([1., 1., 3.])
    """
    arr, mask = _nan_replaced(a, 0)
    return cumsum(arr, axis=axis, dtype=dtype)


def nancumprod(a, axis=None, dtype=None, out=None):
    """The cumulative product, treating NaNs as one.

    >>> np.nancumprod([2.0, np.nan, 3.0])
    array([2., 2., 6.])
    """
    arr, mask = _nan_replaced(a, 1)
    return cumprod(arr, axis=axis, dtype=dtype)


def _divide_keep(tot, cnt):
    # NumPy's _divide_by_count: true division, cast back to the dtype of the total.
    r = asarray(true_divide(tot, cnt)).astype(asarray(tot).dtype)
    return r[()] if r.ndim == 0 else r


def nanmean(a, axis=None, dtype=None, out=None, keepdims=False):
    """The mean, ignoring NaNs.

    >>> np.nanmean([1.0, np.nan, 3.0])
    np.float64(2.0)
    """
    arr, mask = _nan_replaced(a, 0)
    if mask is None:
        return arr.mean(axis=axis, keepdims=keepdims)
    cnt = (~mask).sum(axis=axis, keepdims=keepdims)
    tot = arr.sum(axis=axis, dtype=dtype, keepdims=keepdims)
    return _divide_keep(tot, cnt)


def nanvar(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False):
    """The variance, ignoring NaNs.

    >>> np.nanvar([1.0, np.nan, 3.0])
    np.float64(1.0)
    """
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
    """The standard deviation, ignoring NaNs.

    >>> np.nanstd([1.0, np.nan, 3.0])
    np.float64(1.0)
    """
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
    """The maximum, ignoring NaNs.

    >>> np.nanmax([1.0, np.nan, 3.0])
    np.float64(3.0)
    """
    return _nan_extreme(a, axis, keepdims, -inf, True)


def nanmin(a, axis=None, out=None, keepdims=False):
    """The minimum, ignoring NaNs.

    >>> np.nanmin([1.0, np.nan, 3.0])
    np.float64(1.0)
    """
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
    """The index of the maximum, ignoring NaNs.

    >>> np.nanargmax([1.0, np.nan, 3.0])
    np.int64(2)
    """
    return _nan_arg(a, axis, keepdims, -inf, True)


def nanargmin(a, axis=None, out=None, *, keepdims=False):
    """The index of the minimum, ignoring NaNs.

    >>> np.nanargmin([4.0, np.nan, 3.0])
    np.int64(2)
    """
    return _nan_arg(a, axis, keepdims, inf, False)


def nanmedian(a, axis=None, out=None, overwrite_input=False, keepdims=False):
    """The median, ignoring NaNs.

    >>> np.nanmedian([1.0, np.nan, 3.0, 2.0])
    np.float64(2.0)
    """
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


# --- quantiles ---------------------------------------------------------------------------------------------------
# NumPy's _quantile, vectorized over lanes: the reduced axes are merged into one axis in front and the kept ones
# flattened, so the data is a sorted (n, R) array and a virtual index of shape q.shape + (1,) or q.shape + (R,)
# picks one value per lane by fancy indexing. The index and interpolation arithmetic is NumPy's, in its order, so the
# results round the same. The NaN-skipping variants use the same code with a per-lane count of non-NaN values (the
# NaNs sort to the end of each lane). np.median uses the same lanes.

def _inverted_cdf_boundaries(index, use_previous):
    # NumPy's _discrete_interpolation_to_boundaries.
    previous = floor(index)
    nxt = previous + 1
    gamma = index - previous
    res = where(use_previous(gamma, index), previous, nxt).astype(intp)
    # Some methods can lead to out-of-bound integers: clip them.
    return where(res < 0, 0, res)


def _vi_inverted_cdf(n, q):
    return _inverted_cdf_boundaries((n * q) - 1, lambda gamma, index: gamma == 0)


def _vi_closest_observation(n, q):
    # The nearest even order statistic at g == 0; order is 1-based, so round to the nearest odd 0-based index.
    return _inverted_cdf_boundaries((n * q) - 1 - 0.5,
                                    lambda gamma, index: (gamma == 0) & (floor(index) % 2 == 1))


def _virtual_index(n, q, alpha, beta):
    # NumPy's _compute_virtual_index (Hyndman & Fan).
    return n * q + (alpha + q * (1 - alpha - beta)) - 1


def _gamma_identity(gamma, index):
    return gamma


# name -> (virtual index of n values at quantiles q, gamma correction or None for the methods that take an element).
# The order is NumPy's: it shows in the message for an unknown method.
_QUANTILE_METHODS = {
    'inverted_cdf': (_vi_inverted_cdf, None),
    'averaged_inverted_cdf': (lambda n, q: (n * q) - 1,
                              lambda gamma, index: where(gamma == 0, 0.5, full(gamma.shape, 1.0))),
    'closest_observation': (_vi_closest_observation, None),
    'interpolated_inverted_cdf': (lambda n, q: _virtual_index(n, q, 0, 1), _gamma_identity),
    'hazen': (lambda n, q: _virtual_index(n, q, 0.5, 0.5), _gamma_identity),
    'weibull': (lambda n, q: _virtual_index(n, q, 0, 0), _gamma_identity),
    # (n - 1) * q rather than the equivalent _virtual_index(n, q, 1, 1), which rounds differently.
    'linear': (lambda n, q: (n - 1) * q, _gamma_identity),
    'median_unbiased': (lambda n, q: _virtual_index(n, q, 1 / 3.0, 1 / 3.0), _gamma_identity),
    'normal_unbiased': (lambda n, q: _virtual_index(n, q, 3 / 8.0, 3 / 8.0), _gamma_identity),
    'lower': (lambda n, q: floor((n - 1) * q).astype(intp), None),
    'higher': (lambda n, q: ceil((n - 1) * q).astype(intp), None),
    'midpoint': (lambda n, q: 0.5 * (floor((n - 1) * q) + ceil((n - 1) * q)),
                 lambda gamma, index: where(index % 1 == 0, 0.0, full(gamma.shape, 0.5))),
    'nearest': (lambda n, q: around((n - 1) * q).astype(intp), None),
}


def _quantile_is_valid(q):
    if q.ndim == 1 and q.size < 10:
        return _pybool(((q >= 0.0) & (q <= 1.0)).all())
    return _pybool(q.min() >= 0) and _pybool(q.max() <= 1)


def _quantile_lanes(a, axis):
    # NumPy's _ureduce: the reduced axes (all for axis=None) merged into one in front, the kept ones flattened.
    # Returns (lanes of shape (n, R), the kept shape, the result shape with keepdims after q's dimensions).
    nd = a.ndim
    axes = list(range(nd)) if axis is None else _axis_tuple(axis, nd)
    keep = [i for i in range(nd) if i not in axes]
    kept = tuple(a.shape[i] for i in keep)
    n = 1
    for i in axes:
        n = n * a.shape[i]
    r = 1
    for d in kept:
        r = r * d
    lanes = a.transpose(tuple(axes + keep)).reshape((n, r))
    kept_dims = tuple(1 if i in axes else a.shape[i] for i in range(nd))
    return lanes, kept, kept_dims


def _lane_take(s, idx, cnt):
    # s[idx[..., j], j] for every lane j; -1 (NumPy's "last valid") is the lane's last counted value.
    idx = where(idx < 0, idx + cnt, idx).astype(intp)
    idx = clip(idx, 0, _imax(s.shape[0] - 1, 0))
    return s[idx, arange(s.shape[1])]


def _quantile_sorted(s, cnt, q, method, weak_q):
    # NumPy's _quantile on lanes s (n, R) sorted along axis 0, of which the first cnt are used (cnt: a Python int,
    # or an array of R counts); the result has shape q.shape + (R,).
    props = _QUANTILE_METHODS.get(method) if isinstance(method, str) else None
    if props is None:
        raise ValueError(repr(method) + " is not a valid method. Use one of: " + str(_QUANTILE_METHODS.keys()))
    get_virtual_index, fix_gamma = props
    qb = q.reshape(q.shape + (1,))
    virtual_indexes = asarray(get_virtual_index(cnt, qb))
    if fix_gamma is None or (method == 'linear' and virtual_indexes.dtype.kind in 'iu'):
        # No interpolation needed: take the points.
        return _lane_take(s, virtual_indexes, cnt)
    # NumPy's _get_indexes: out of range indexes take the first or last value.
    previous_indexes = floor(virtual_indexes)
    next_indexes = previous_indexes + 1
    above = virtual_indexes >= cnt - 1
    previous_indexes = where(above, -1, previous_indexes)
    next_indexes = where(above, -1, next_indexes)
    below = virtual_indexes < 0
    previous_indexes = where(below, 0, previous_indexes)
    next_indexes = where(below, 0, next_indexes)
    if _is_inexact(s):
        vi_nan = isnan(virtual_indexes)
        previous_indexes = where(vi_nan, -1, previous_indexes)
        next_indexes = where(vi_nan, -1, next_indexes)
    previous_indexes = previous_indexes.astype(intp)
    next_indexes = next_indexes.astype(intp)
    previous = _lane_take(s, previous_indexes, cnt)
    nxt = _lane_take(s, next_indexes, cnt)
    # NumPy's _get_gamma: from the clipped previous index, in the dtype of the virtual index.
    gamma = asarray(fix_gamma(asarray(virtual_indexes - previous_indexes), virtual_indexes),
                    dtype=virtual_indexes.dtype)
    if weak_q:
        # NumPy passes a Python float gamma, which takes the data's float dtype; 1 - gamma is still a double.
        dt = s.dtype if s.dtype.kind == 'f' else float64
        t = gamma.astype(float64).astype(dt)
        one_minus_t = (1 - gamma.astype(float64)).astype(dt)
    else:
        t = gamma
        one_minus_t = 1 - gamma
    # NumPy's _lerp: from the nearer end, so that gamma 1 gives exactly the next value.
    diff_b_a = nxt - previous
    lerp_interpolation = previous + diff_b_a * t
    return where(gamma >= 0.5, nxt - diff_b_a * one_minus_t, lerp_interpolation)


def _quantile_finish(r, q, kept, kept_dims, keepdims, out, unpack=True):
    r = r.reshape(q.shape + (kept_dims if keepdims else kept))
    if out is not None:
        out[...] = r
        return out
    return _scalar_out(r) if unpack else r


def _quantile_args(a, q, name, scale):
    a = asarray(a)
    if a.dtype.kind == 'c':
        raise TypeError("a must be an array of real numbers")
    # A Python scalar q promotes weakly in the result.
    weak_q = type(q) in (int, float)
    q = asarray(q) if scale == 1 else asarray(true_divide(q, scale))
    if not _quantile_is_valid(q):
        raise ValueError(name + " must be in the range [0, " + str(scale) + "]")
    return a, q, weak_q


def _quantile_weights(a, weights, axis, method):
    # NumPy's checks and _weights_are_valid: weights only for inverted_cdf, of a's shape or of the reduced axes'
    # shape; returned broadcast to a's shape so that they go into lanes as a does.
    if weights is None:
        return None
    if method != "inverted_cdf":
        raise ValueError("Only method 'inverted_cdf' supports weights. Got: " + str(method) + ".")
    wgt = asarray(weights)
    if a.shape != wgt.shape:
        wgt = _weights_along(a, wgt, axis)[0]
    if _pybool(any(wgt < 0)):
        raise ValueError("Weights must be non-negative.")
    return _bcast_to(wgt, a.shape)


def _quantile_weighted(lanes, wlanes, cnt, q, skip_lanes=None):
    # NumPy's weighted inverted_cdf: the first sorted value whose share of the cumulated weight reaches q. Lanes in
    # skip_lanes (all-NaN ones of nanquantile) are not checked; they become NaN.
    order = argsort(lanes, axis=0)
    s = take_along_axis(lanes, order, 0)
    w = take_along_axis(wlanes, order, 0)
    cdf = cumsum(w, axis=0, dtype=float64)
    cdf = cdf / cdf[-1]
    bad = isnan(cdf[-1])
    if skip_lanes is not None:
        bad = bad & ~skip_lanes
    if _pybool(bad.any()):
        raise ValueError("Weights included NaN, inf or were all zero.")
    if q.dtype.kind == 'f':
        # Compare in q's dtype: 0.4 in float32 is not below the float64 cdf value 0.4.
        cdf = cdf.astype(q.dtype)
    # Leading zero weights: q = 0 must take the first value of nonzero weight.
    cdf = where(cdf == 0, asarray(-1, dtype=cdf.dtype), cdf)
    # searchsorted(cdf, q, side='left') for every lane: the number of cdf values below q.
    below = cdf.reshape((1,) * q.ndim + cdf.shape) < q.reshape(q.shape + (1, 1))
    idx = minimum(below.sum(axis=q.ndim), cnt - 1)
    return s, _lane_take(s, idx, cnt)


def _quantile_unchecked(a, q, axis, out, method, keepdims, weak_q, weights=None):
    lanes, kept, kept_dims = _quantile_lanes(a, axis)
    if q.ndim > 2:
        raise ValueError("q must be a scalar or 1d")
    if weights is None:
        s = sort(lanes, axis=0)
        r = _quantile_sorted(s, s.shape[0], q, method, weak_q)
    else:
        s, r = _quantile_weighted(lanes, _quantile_lanes(weights, axis)[0], lanes.shape[0], q)
    if _is_inexact(s) and s.shape[0] > 0:
        # A lane with a NaN (sorted to its end) has the quantile NaN.
        last = s[-1]
        nan_lanes = isnan(last)
        if _pybool(nan_lanes.any()):
            if q.ndim == 0 and len(kept) == 0 and out is None:
                return _scalar_out(last[0])
            r = where(nan_lanes, last, r)
    # NumPy's weighted path fills a new array, which it leaves 0-d.
    return _quantile_finish(r, q, kept, kept_dims, keepdims, out, weights is None)


def quantile(a, q, axis=None, out=None, overwrite_input=False, method="linear", keepdims=False, *, weights=None):
    """The q-th quantiles (q in [0, 1]) along an axis, by linear interpolation by default.

    >>> np.quantile([1.0, 2.0, 3.0, 4.0], 0.5)
    np.float64(2.5)
    >>> np.quantile([1.0, 2.0, 3.0, 4.0], [0.25, 0.75])
    array([1.75, 3.25])
    """
    a, q, weak_q = _quantile_args(a, q, "Quantiles", 1)
    weights = _quantile_weights(a, weights, axis, method)
    return _quantile_unchecked(a, q, axis, out, method, keepdims, weak_q, weights)


def percentile(a, q, axis=None, out=None, overwrite_input=False, method="linear", keepdims=False, *, weights=None):
    """The q-th percentiles (q in [0, 100]) along an axis.

    >>> np.percentile([1.0, 2.0, 3.0, 4.0], 50)
    np.float64(2.5)
    >>> np.percentile([1.0, 2.0, 3.0, 4.0], [25, 75])
    array([1.75, 3.25])
    """
    a, q, weak_q = _quantile_args(a, q, "Percentiles", 100)
    weights = _quantile_weights(a, weights, axis, method)
    return _quantile_unchecked(a, q, axis, out, method, keepdims, weak_q, weights)


def median(a, axis=None, out=None, overwrite_input=False, keepdims=False):
    # NumPy's _median: the mean of the middle one or two sorted values (so the dtype is mean's, and complex values
    # order lexicographically); a lane with a NaN (sorted to its end) has the median NaN.
    """The median along an axis.

    >>> np.median([3, 1, 2])
    np.float64(2.0)
    >>> np.median([[1, 2], [3, 5]], axis=0)
    array([2. , 3.5])
    """
    a = asarray(a)
    lanes, kept, kept_dims = _quantile_lanes(a, axis)
    s = sort(lanes, axis=0)
    n = s.shape[0]
    index = n // 2
    mid = s[index:index + 1] if n % 2 == 1 else s[index - 1:index + 1]
    r = mid.mean(axis=0)
    if _is_inexact(s) and n > 0:
        last = s[-1]
        r = where(isnan(last), last, r)
    r = asarray(r).reshape(kept_dims if keepdims else kept)
    if out is not None:
        out[...] = r
        return out
    return _scalar_out(r)


def _nanquantile_unchecked(a, q, axis, out, method, keepdims, weak_q, weights=None):
    if a.size == 0:
        # As NumPy, which leaves empty input to nanmean.
        return nanmean(a, axis, out=out, keepdims=keepdims)
    if not _is_inexact(a):
        return _quantile_unchecked(a, q, axis, out, method, keepdims, weak_q, weights)
    lanes, kept, kept_dims = _quantile_lanes(a, axis)
    if q.ndim > 2:
        raise ValueError("q must be a scalar or 1d")
    nan_mask = isnan(lanes)
    cnt = (~nan_mask).sum(axis=0)
    if len(kept) == 0 and _pybool(cnt[0] == 0):
        # An all-NaN input gives NaN in the input's dtype.
        return _quantile_finish(full(q.shape + (1,), nan, dtype=a.dtype), q, kept, kept_dims, keepdims, out)
    if weights is None:
        s = sort(lanes, axis=0)
        if q.dtype.kind == 'f':
            # The counts as floats of q's dtype compute as NumPy's Python int lane length does.
            cnt = cnt.astype(q.dtype)
        r = _quantile_sorted(s, cnt, q, method, weak_q)
    else:
        # NumPy drops the NaNs with their weights; a zero weight, sorted to the end with its NaN, does the same.
        wlanes = _quantile_lanes(weights, axis)[0]
        wlanes = where(nan_mask, asarray(0, dtype=wlanes.dtype), wlanes)
        r = _quantile_weighted(lanes, wlanes, cnt, q, cnt == 0)[1]
    r = where(cnt == 0, nan, r)
    return _quantile_finish(r, q, kept, kept_dims, keepdims, out, weights is None)


def nanquantile(a, q, axis=None, out=None, overwrite_input=False, method="linear", keepdims=False, *, weights=None):
    """The q-th quantiles, ignoring NaNs.

    >>> np.nanquantile([1.0, np.nan, 3.0], 0.5)
    np.float64(2.0)
    """
    a, q, weak_q = _quantile_args(a, q, "Quantiles", 1)
    weights = _quantile_weights(a, weights, axis, method)
    return _nanquantile_unchecked(a, q, axis, out, method, keepdims, weak_q, weights)


def nanpercentile(a, q, axis=None, out=None, overwrite_input=False, method="linear", keepdims=False, *,
                  weights=None):
    """The q-th percentiles, ignoring NaNs.

    >>> np.nanpercentile([1.0, np.nan, 3.0], 50)
    np.float64(2.0)
    """
    a, q, weak_q = _quantile_args(a, q, "Percentiles", 100)
    weights = _quantile_weights(a, weights, axis, method)
    return _nanquantile_unchecked(a, q, axis, out, method, keepdims, weak_q, weights)


# --- histograms ----------------------------------------------------------------------------------------------------

def _hist_ptp(x):
    return x.max() - x.min()


def _hist_bin_width(name, x):
    n = x.size
    if name == 'sqrt':
        return _hist_ptp(x) / sqrt(n)
    if name == 'sturges':
        return _hist_ptp(x) / (log2(n) + 1.0)
    if name == 'rice':
        return _hist_ptp(x) / (2.0 * n ** (1.0 / 3))
    if name == 'scott':
        return (24.0 * pi ** 0.5 / n) ** (1.0 / 3.0) * std(x)
    if name == 'fd':
        q = percentile(x, [75, 25])
        return 2.0 * (q[0] - q[1]) * n ** (-1.0 / 3.0)
    if name == 'auto':
        fd_bw = _hist_bin_width('fd', x)
        sturges_bw = _hist_bin_width('sturges', x)
        sqrt_bw = _hist_bin_width('sqrt', x)
        fd_bw_corrected = fd_bw if fd_bw >= sqrt_bw / 2 else sqrt_bw / 2
        return fd_bw_corrected if fd_bw_corrected <= sturges_bw else sturges_bw
    if name == 'doane':
        if n > 2:
            sg1 = sqrt(6.0 * (n - 2) / ((n + 1.0) * (n + 3)))
            sigma = std(x)
            if sigma > 0.0:
                temp = power((x - mean(x)) / sigma, 3)
                g1 = mean(temp)
                return _hist_ptp(x) / (1.0 + log2(n) + log2(1.0 + absolute(g1) / sg1))
        return 0.0
    raise NotImplementedError("np.histogram(bins='" + name + "') is not supported by nabla yet")


def _hist_ravel(a, weights):
    a = asarray(a)
    if a.dtype.kind == 'b':
        a = a.astype(uint8)
    if weights is not None:
        weights = asarray(weights)
        if weights.shape != a.shape:
            raise ValueError("weights should have the same shape as a.")
        weights = weights.ravel()
    return a.ravel(), weights


def _hist_outer_edges(a, range):
    if range is not None:
        first_edge, last_edge = range
        if first_edge > last_edge:
            raise ValueError("max must be larger than min in range parameter.")
        if not (_pybool(isfinite(first_edge)) and _pybool(isfinite(last_edge))):
            raise ValueError("supplied range of [" + str(first_edge) + ", " + str(last_edge) + "] is not finite")
    elif a.size == 0:
        first_edge, last_edge = 0, 1
    else:
        first_edge, last_edge = a.min(), a.max()
        if not (_pybool(isfinite(first_edge)) and _pybool(isfinite(last_edge))):
            raise ValueError("autodetected range of [" + str(first_edge) + ", " + str(last_edge) + "] is not finite")
    if first_edge == last_edge:
        first_edge = first_edge - 0.5
        last_edge = last_edge + 0.5
    return first_edge, last_edge


def _hist_linspace(start, stop, num, dt_out):
    # np.linspace(start, stop, num, dtype=dt_out), computed as NumPy does in the dtype of start and stop (float32
    # edges of float32 data round differently from float64 ones).
    dt = _result_type(start, stop, 1.0)
    if dt == float64:
        return linspace(float(start), float(stop), num, dtype=dt_out)
    start = asarray(start, dtype=dt)
    stop = asarray(stop, dtype=dt)
    delta = stop - start
    div = num - 1
    y = arange(0, num, dtype=dt)
    step = delta / div
    y = y / div * delta if _pybool(step == 0) else y * step
    y = y + start
    if num > 1:
        y[-1] = stop
    return y.astype(dt_out)


def _hist_bin_edges(a, bins, range, weights):
    # (edges, (first_edge, last_edge, n_equal_bins) or None), as NumPy's _get_bin_edges.
    n_equal_bins = None
    bin_edges = None
    if isinstance(bins, str):
        if bins not in ('stone', 'auto', 'doane', 'fd', 'rice', 'scott', 'sqrt', 'sturges'):
            raise ValueError(repr(bins) + " is not a valid estimator for `bins`")
        if weights is not None:
            raise TypeError("Automated estimation of the number of bins is not supported for weighted data")
        first_edge, last_edge = _hist_outer_edges(a, range)
        if range is not None:
            keep = (a >= first_edge) & (a <= last_edge)
            if not _pybool(keep.all()):
                a = a[keep]
        if a.size == 0:
            n_equal_bins = 1
        else:
            width = _hist_bin_width(bins, a)
            if width:
                if a.dtype.kind in 'iu' and width < 1:
                    width = 1
                n_equal_bins = int(ceil((last_edge - first_edge) / width))
            else:
                n_equal_bins = 1
    elif ndim(bins) == 0:
        if asarray(bins).dtype.kind not in 'iub':
            raise TypeError("`bins` must be an integer, a string, or an array")
        n_equal_bins = int(bins)
        if n_equal_bins < 1:
            raise ValueError("`bins` must be positive, when an integer")
        first_edge, last_edge = _hist_outer_edges(a, range)
    elif ndim(bins) == 1:
        bin_edges = asarray(bins)
        if _pybool((bin_edges[:-1] > bin_edges[1:]).any()):
            raise ValueError("`bins` must increase monotonically, when an array")
    else:
        raise ValueError("`bins` must be 1d, when an array")
    if n_equal_bins is not None:
        bin_type = _result_type(first_edge, last_edge, a)
        if bin_type.kind in 'iub':
            bin_type = _result_type(bin_type, float)
        bin_edges = _hist_linspace(first_edge, last_edge, n_equal_bins + 1, bin_type)
        if _pybool((bin_edges[:-1] >= bin_edges[1:]).any()):
            raise ValueError("Too many bins for data range. Cannot create " + str(n_equal_bins) +
                             " finite-sized bins.")
        return bin_edges, (first_edge, last_edge, n_equal_bins)
    return bin_edges, None


def histogram_bin_edges(a, bins=10, range=None, weights=None):
    """The edges of the bins that histogram would use.

    >>> np.histogram_bin_edges([1, 2, 3, 4], bins=3)
    array([1., 2., 3., 4.])
    """
    a, weights = _hist_ravel(a, weights)
    return _hist_bin_edges(a, bins, range, weights)[0]


def histogram(a, bins=10, range=None, density=None, weights=None):
    """The counts of values in bins, with the bins' edges.

    >>> np.histogram([1, 2, 2, 3, 4], bins=3)
    (array([1, 2, 2]), array([1., 2., 3., 4.]))
    """
    a, weights = _hist_ravel(a, weights)
    bin_edges, uniform_bins = _hist_bin_edges(a, bins, range, weights)
    ntype = int64 if weights is None else weights.dtype
    if weights is not None and weights.dtype.kind == 'c':
        raise NotImplementedError("np.histogram with complex weights is not supported by nabla yet")
    if uniform_bins is not None:
        first_edge, last_edge, n_equal_bins = uniform_bins
        norm_denom = last_edge - first_edge
        tmp_a = a
        tmp_w = weights
        keep = (tmp_a >= first_edge) & (tmp_a <= last_edge)
        if not _pybool(keep.all()):
            tmp_a = tmp_a[keep]
            if tmp_w is not None:
                tmp_w = tmp_w[keep]
        tmp_a = tmp_a.astype(bin_edges.dtype)
        f_indices = ((tmp_a - first_edge) / norm_denom) * n_equal_bins
        idx = f_indices.astype(int64)
        idx = where(idx == n_equal_bins, idx - 1, idx)
        idx = where(tmp_a < bin_edges[idx], idx - 1, idx)
        idx = where((tmp_a >= bin_edges[idx + 1]) & (idx != n_equal_bins - 1), idx + 1, idx)
        n = bincount(idx, weights=tmp_w, minlength=n_equal_bins).astype(ntype)
    else:
        if weights is None:
            sa = sort(a)
            cum_n = concatenate((searchsorted(sa, bin_edges[:-1], 'left'),
                                 searchsorted(sa, bin_edges[-1:], 'right'))).astype(ntype)
        else:
            sorting_index = argsort(a)
            sa = a[sorting_index]
            sw = weights[sorting_index]
            cw = concatenate((zeros(1, dtype=ntype), cumsum(sw)))
            bin_index = concatenate((searchsorted(sa, bin_edges[:-1], 'left'),
                                     searchsorted(sa, bin_edges[-1:], 'right')))
            cum_n = cw[bin_index]
        n = diff(cum_n)
    if density:
        db = array(diff(bin_edges), dtype=float64)
        return n / db / n.sum(), bin_edges
    return n, bin_edges
