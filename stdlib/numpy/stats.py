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
    a, weights = _hist_ravel(a, weights)
    return _hist_bin_edges(a, bins, range, weights)[0]


def histogram(a, bins=10, range=None, density=None, weights=None):
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
