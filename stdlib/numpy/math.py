# numpy part: mathematical functions. Complex parts, differences, products, integration, interpolation and
# floating-point helpers.


euler_gamma = 0.5772156649015329


def real(val):
    """The real part: for a complex array a view of it, for anything with .real that attribute.

    >>> np.real([1 + 2j, 3.0])
    array([1., 3.])
    """
    try:
        return val.real
    except AttributeError:
        return asarray(val).real


def imag(val):
    """The imaginary part: for a complex array a view of it, for anything with .imag that attribute.

    >>> np.imag([1 + 2j, 3.0])
    array([2., 0.])
    """
    try:
        return val.imag
    except AttributeError:
        return asarray(val).imag


def iscomplexobj(x):
    """Whether x has a complex dtype (the dtype, not the values).

    >>> np.iscomplexobj([1 + 0j])
    True
    >>> np.iscomplexobj([1.0])
    False
    """
    dt = getattr(x, 'dtype', None)
    if dt is None:
        dt = asarray(x).dtype
    return dt.kind == 'c'


def iscomplex(x):
    """Element-wise: a non-zero imaginary part.

    >>> np.iscomplex([1 + 1j, 1 + 0j, 2.0])
    array([ True, False, False])
    """
    ax = asarray(x)
    if ax.dtype.kind == 'c':
        return ax.imag != 0
    return zeros(ax.shape, dtype=bool)[()]


def isreal(x):
    """Element-wise: a zero imaginary part.

    >>> np.isreal([1 + 1j, 1 + 0j, 2.0])
    array([False,  True,  True])
    """
    try:
        im = x.imag
    except AttributeError:
        im = asarray(x).imag
    return im == 0


def square(x):
    """The element-wise square of the input.

    >>> np.square([1, -2, 3])
    array([1, 4, 9])
    """
    return _ufunc_errors('square', lambda: multiply(x, x))


def angle(z, deg=False):
    """The angle of complex numbers, in radians (deg=True: degrees).

    >>> np.angle([1.0, 1j, -1.0])
    array([0.        , 1.57079633, 3.14159265])
    >>> np.angle(1 + 1j, deg=True)
    np.float64(45.0)
    """
    z = asarray(z)
    if z.dtype.kind == 'c':
        zimag = z.imag
        zreal = z.real
    else:
        zimag = 0
        zreal = z
    a = arctan2(zimag, zreal)
    if deg:
        a = a * (180 / pi)
    return _scalar_out(a)


def unwrap(p, discont=None, axis=-1, *, period=6.283185307179586):
    """Unwrap phase jumps larger than discont (default pi) by adding multiples of period.

    >>> np.unwrap([0.0, 3.0, 6.5, 9.5]).round(4)
    array([0.    , 3.    , 0.2168, 3.2168])
    """
    p = asarray(p)
    nd = p.ndim
    axis = _normalize_axis(axis, nd)
    dd = diff(p, axis=axis)
    if discont is None:
        discont = period / 2
    s1 = _slices(nd, axis, slice(1, None))
    dt = _result_type(dd, period)
    if dt.kind in 'iub':
        interval_high = period // 2
        boundary_ambiguous = period % 2 == 0
    else:
        interval_high = period / 2
        boundary_ambiguous = True
    interval_low = -interval_high
    ddmod = remainder(dd - interval_low, period) + interval_low
    if boundary_ambiguous:
        ddmod = where((ddmod == interval_low) & (dd > 0), interval_high, ddmod)
    ph_correct = ddmod - dd
    ph_correct = where(absolute(dd) < discont, 0, ph_correct)
    up = array(p, dtype=dt)
    up[s1] = p[s1] + cumsum(ph_correct, axis=axis)
    return up


# --- differences, products, integration --------------------------------------------------------------------------

def diff(a, n=1, axis=-1, prepend=None, append=None):
    """The n-th discrete difference along an axis.

    >>> np.diff([1, 4, 9, 16])
    array([3, 5, 7])
    >>> np.diff([1, 4, 9, 16], n=2)
    array([2, 2])
    """
    if n == 0:
        return a
    if n < 0:
        raise ValueError("order must be non-negative but got " + str(n))
    a = asarray(a)
    nd = a.ndim
    if nd == 0:
        raise ValueError("diff requires input that is at least one dimensional")
    axis = _normalize_axis(axis, nd)
    parts = []
    if prepend is not None:
        p = asarray(prepend)
        if p.ndim == 0:
            shape = list(a.shape)
            shape[axis] = 1
            p = _bcast_to(p, tuple(shape))
        parts.append(p)
    parts.append(a)
    if append is not None:
        p = asarray(append)
        if p.ndim == 0:
            shape = list(a.shape)
            shape[axis] = 1
            p = _bcast_to(p, tuple(shape))
        parts.append(p)
    if len(parts) > 1:
        a = concatenate(parts, axis=axis)
    s1 = _slices(nd, axis, slice(1, None))
    s2 = _slices(nd, axis, slice(None, -1))
    isbool = a.dtype.kind == 'b'
    for i in range(n):
        if isbool:
            a = not_equal(a[s1], a[s2])
        else:
            a = subtract(a[s1], a[s2])
    return a


def ediff1d(ary, to_end=None, to_begin=None):
    """The differences between consecutive elements of the ravel (to_begin, to_end appended).

    >>> np.ediff1d([1, 2, 4, 7])
    array([1, 2, 3])
    """
    ary = asarray(ary).ravel()
    r = ary[1:] - ary[:-1]
    parts = []
    if to_begin is not None:
        parts.append(asarray(to_begin, dtype=ary.dtype).ravel())
    parts.append(r)
    if to_end is not None:
        parts.append(asarray(to_end, dtype=ary.dtype).ravel())
    return concatenate(parts) if len(parts) > 1 else r


def gradient(f, *varargs, axis=None, edge_order=1):
    """The gradient of sampled values, by central differences inside and one-sided at the edges.

    >>> np.gradient([1.0, 2.0, 4.0, 7.0])
    array([1. , 1.5, 2.5, 3. ])
    >>> np.gradient([1.0, 4.0, 9.0], 0.5)
    array([ 6.,  8., 10.])
    """
    f = asarray(f)
    n = f.ndim
    if axis is None:
        axes = list(range(n))
    else:
        axes = _axis_tuple(axis, n)
    len_axes = len(axes)
    nv = len(varargs)
    if nv == 0:
        dx = [1.0] * len_axes
    elif nv == 1 and asarray(varargs[0]).ndim == 0:
        dx = [varargs[0]] * len_axes
    elif nv == len_axes:
        dx = list(varargs)
        for i in range(nv):
            d = asarray(dx[i])
            if d.ndim == 0:
                continue
            if d.ndim != 1:
                raise ValueError("distances must be either scalars or 1d")
            if d.shape[0] != f.shape[axes[i]]:
                raise ValueError("when 1d, distances must match the length of the corresponding dimension")
            if d.dtype.kind in 'iub':
                d = d.astype(float64)
            diffx = d[1:] - d[:-1]
            if (diffx == diffx[0]).all():
                diffx = diffx[0]
            dx[i] = diffx
    else:
        raise TypeError("invalid number of arguments")
    if edge_order > 2:
        raise ValueError("'edge_order' greater than 2 not supported")
    otype = f.dtype
    if otype.kind in 'iub':
        f = f.astype(float64)
        otype = f.dtype
    outvals = []
    for ax, ax_dx in zip(axes, dx):
        if f.shape[ax] < edge_order + 1:
            raise ValueError("Shape of array too small to calculate a numerical gradient, at least (edge_order + 1) "
                             "elements are required.")
        out = empty(f.shape, dtype=otype)
        uniform = asarray(ax_dx).ndim == 0

        def sl(a, b):
            return _slices(n, ax, slice(a, b))

        if uniform:
            out[sl(1, -1)] = (f[sl(2, None)] - f[sl(None, -2)]) / (2.0 * ax_dx)
        else:
            dx1 = ax_dx[0:-1]
            dx2 = ax_dx[1:]
            a = -(dx2) / (dx1 * (dx1 + dx2))
            b = (dx2 - dx1) / (dx1 * dx2)
            c = dx1 / (dx2 * (dx1 + dx2))
            shape = [1] * n
            shape[ax] = -1
            a = a.reshape(tuple(shape))
            b = b.reshape(tuple(shape))
            c = c.reshape(tuple(shape))
            out[sl(1, -1)] = a * f[sl(None, -2)] + b * f[sl(1, -1)] + c * f[sl(2, None)]
        if edge_order == 1:
            dx_0 = ax_dx if uniform else ax_dx[0]
            out[sl(0, 1)] = (f[sl(1, 2)] - f[sl(0, 1)]) / dx_0
            dx_n = ax_dx if uniform else ax_dx[-1]
            out[sl(-1, None)] = (f[sl(-1, None)] - f[sl(-2, -1)]) / dx_n
        else:
            if uniform:
                a = -1.5 / ax_dx
                b = 2.0 / ax_dx
                c = -0.5 / ax_dx
            else:
                dx1 = ax_dx[0]
                dx2 = ax_dx[1]
                a = -(2.0 * dx1 + dx2) / (dx1 * (dx1 + dx2))
                b = (dx1 + dx2) / (dx1 * dx2)
                c = -dx1 / (dx2 * (dx1 + dx2))
            out[sl(0, 1)] = a * f[sl(0, 1)] + b * f[sl(1, 2)] + c * f[sl(2, 3)]
            if uniform:
                a = 0.5 / ax_dx
                b = -2.0 / ax_dx
                c = 1.5 / ax_dx
            else:
                dx1 = ax_dx[-2]
                dx2 = ax_dx[-1]
                a = (dx2) / (dx1 * (dx1 + dx2))
                b = -(dx2 + dx1) / (dx1 * dx2)
                c = (2.0 * dx2 + dx1) / (dx2 * (dx1 + dx2))
            out[sl(-1, None)] = a * f[sl(-3, -2)] + b * f[sl(-2, -1)] + c * f[sl(-1, None)]
        outvals.append(out)
    if len_axes == 1:
        return outvals[0]
    return tuple(outvals)


def outer(a, b, out=None):
    """The outer product of two vectors.

    >>> np.outer([1, 2], [1, 10, 100])
    array([[  1,  10, 100],
           [  2,  20, 200]])
    """
    a = asarray(a).ravel()
    b = asarray(b).ravel()
    return multiply(a[:, None], b[None, :])


def inner(a, b):
    """The inner product of two arrays (over their last axes).

    >>> np.inner([1, 2, 3], [4, 5, 6])
    np.int64(32)
    """
    a = asarray(a)
    b = asarray(b)
    if a.ndim == 0 or b.ndim == 0:
        return multiply(a, b)
    if a.shape[-1] != b.shape[-1]:
        raise ValueError("shapes " + str(a.shape) + " and " + str(b.shape) + " not aligned: " + str(a.shape[-1]) +
                         " (dim " + str(a.ndim - 1) + ") != " + str(b.shape[-1]) + " (dim " + str(b.ndim - 1) + ")")
    if a.ndim == 1 and b.ndim == 1:
        return dot(a, b)
    k = a.shape[-1]
    r = dot(a.reshape(-1, k), b.reshape(-1, k).T)
    return r.reshape(tuple(a.shape[:-1]) + tuple(b.shape[:-1]))


def vdot(a, b):
    """The dot product of two flattened arrays, conjugating the first.

    >>> np.vdot([1 + 1j, 2], [1, 1j])
    np.complex128(1+1j)
    """
    a = asarray(a).ravel()
    b = asarray(b).ravel()
    if a.dtype.kind == 'c' or b.dtype.kind == 'c':
        return (conjugate(a) * b).sum()
    return dot(a, b)


def vecdot(x1, x2, /, out=None, *, axis=-1, dtype=None, casting='same_kind', order='K', subok=True):
    """The dot product of vectors along the last axis (x1 conjugated), broadcast over the rest.

    >>> np.vecdot([[1, 2], [3, 4]], [1, 1])
    array([3, 7])
    """
    a = asarray(x1)
    b = asarray(x2)
    if a.ndim == 0 or b.ndim == 0:
        k = 0 if a.ndim == 0 else 1
        raise ValueError("vecdot: Input operand " + str(k) + " does not have enough dimensions (has 0, gufunc core "
                         "with signature (n),(n)->() requires 1)")
    a = _moveaxis(a, axis, -1)
    b = _moveaxis(b, axis, -1)
    if a.shape[-1] != b.shape[-1]:
        raise ValueError("vecdot: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
                         "(n),(n)->() (size " + str(b.shape[-1]) + " is different from " + str(a.shape[-1]) + ")")
    if a.dtype.kind == 'c':
        a = conjugate(a)
    r = multiply(a, b)
    if dtype is not None:
        r = r.astype(dtype)
    r = r.sum(axis=-1, dtype=r.dtype)
    if out is not None:
        out[...] = r
        return out
    return _scalar_out(r)


def tensordot(a, b, axes=2):
    """Sum products over the given axes of two arrays.

    >>> np.tensordot(np.arange(6).reshape(2, 3), np.arange(6).reshape(3, 2), axes=1)
    array([[10, 13],
           [28, 40]])
    """
    a = asarray(a)
    b = asarray(b)
    if isinstance(axes, (tuple, list)):
        axes_a, axes_b = axes
        axes_a = list(axes_a) if isinstance(axes_a, (tuple, list)) else [axes_a]
        axes_b = list(axes_b) if isinstance(axes_b, (tuple, list)) else [axes_b]
    else:
        axes_a = list(range(-axes, 0))
        axes_b = list(range(0, axes))
    if len(axes_a) != len(axes_b):
        raise ValueError("shape-mismatch for sum")
    axes_a = [_normalize_axis(x, a.ndim) for x in axes_a]
    axes_b = [_normalize_axis(x, b.ndim) for x in axes_b]
    for x, y in zip(axes_a, axes_b):
        if a.shape[x] != b.shape[y]:
            raise ValueError("shape-mismatch for sum")
    notin_a = [k for k in range(a.ndim) if k not in axes_a]
    notin_b = [k for k in range(b.ndim) if k not in axes_b]
    n2 = 1
    for x in axes_a:
        n2 *= a.shape[x]
    n1 = 1
    for x in notin_a:
        n1 *= a.shape[x]
    n3 = 1
    for x in notin_b:
        n3 *= b.shape[x]
    at = a.transpose(tuple(notin_a + axes_a)).reshape(n1, n2)
    bt = b.transpose(tuple(axes_b + notin_b)).reshape(n2, n3)
    res = dot(at, bt)
    return res.reshape(tuple(a.shape[x] for x in notin_a) + tuple(b.shape[x] for x in notin_b))


def kron(a, b):
    """The Kronecker product of two arrays.

    >>> np.kron([1, 2], [1, 10])
    array([ 1, 10,  2, 20])
    """
    b = asarray(b)
    a = array(a, copy=False, ndmin=b.ndim)
    nda = a.ndim
    ndb = b.ndim
    if nda == 0 or ndb == 0:
        return multiply(a, b)
    nd = _imax(nda, ndb)
    as_ = (1,) * _imax(0, ndb - nda) + tuple(a.shape)
    bs = (1,) * _imax(0, nda - ndb) + tuple(b.shape)
    ashape = []
    bshape = []
    for i in range(nd):
        ashape += [as_[i], 1]
        bshape += [1, bs[i]]
    r = multiply(a.reshape(tuple(ashape)), b.reshape(tuple(bshape)))
    return r.reshape(tuple(as_[i] * bs[i] for i in range(nd)))


def cross(a, b, axisa=-1, axisb=-1, axisc=-1, axis=None):
    """The cross product of 3-element (or 2-element) vectors.

    >>> np.cross([1, 0, 0], [0, 1, 0])
    array([0, 0, 1])
    """
    if axis is not None:
        axisa = axis
        axisb = axis
        axisc = axis
    a = _moveaxis(asarray(a), axisa, -1)
    b = _moveaxis(asarray(b), axisb, -1)
    na = a.shape[-1]
    nb = b.shape[-1]
    if (na != 2 and na != 3) or (nb != 2 and nb != 3):
        raise ValueError("incompatible dimensions for cross product\n(dimension must be 2 or 3)")
    a0 = a[..., 0]
    a1 = a[..., 1]
    b0 = b[..., 0]
    b1 = b[..., 1]
    if na == 2 and nb == 2:
        return _scalar_out(a0 * b1 - a1 * b0)
    a2 = a[..., 2] if na == 3 else None
    b2 = b[..., 2] if nb == 3 else None
    if na == 2:
        cp0 = a1 * b2
        cp1 = -(a0 * b2)
        cp2 = a0 * b1 - a1 * b0
    elif nb == 2:
        cp0 = -(a2 * b1)
        cp1 = a2 * b0
        cp2 = a0 * b1 - a1 * b0
    else:
        cp0 = a1 * b2 - a2 * b1
        cp1 = a2 * b0 - a0 * b2
        cp2 = a0 * b1 - a1 * b0
    shape = broadcast_shapes(cp0.shape, cp1.shape, cp2.shape)
    cp = stack([_bcast_to(cp0, shape), _bcast_to(cp1, shape), _bcast_to(cp2, shape)], axis=-1)
    return _moveaxis(cp, -1, axisc)


def trapezoid(y, x=None, dx=1.0, axis=-1):
    """Integrate samples by the trapezoidal rule (spacing dx, or sample points x).

    >>> np.trapezoid([1.0, 2.0, 3.0])
    np.float64(4.0)
    >>> np.trapezoid([1.0, 4.0, 9.0], x=[1.0, 2.0, 3.0])
    np.float64(9.0)
    """
    y = asarray(y)
    nd = y.ndim
    axis = _normalize_axis(axis, nd)
    if x is None:
        d = dx
    else:
        x = asarray(x)
        if x.ndim == 1:
            d = diff(x)
            shape = [1] * nd
            shape[axis] = d.shape[0]
            d = d.reshape(tuple(shape))
        else:
            d = diff(x, axis=axis)
    s1 = _slices(nd, axis, slice(1, None))
    s2 = _slices(nd, axis, slice(None, -1))
    return (d * (y[s1] + y[s2]) / 2.0).sum(axis)


def _monotonicity(bins):
    # 1 increasing, -1 decreasing, 0 neither; leading repeats are skipped and NaN compares false, as NumPy's C check.
    b = bins.tolist()
    n = len(b)
    i = 1
    while i < n and b[i] == b[0]:
        i += 1
    if i >= n:
        return 1
    up = b[0] < b[i]
    for k in range(i + 1, n):
        if (up and b[k - 1] > b[k]) or (not up and b[k - 1] < b[k]):
            return 0
    return 1 if up else -1


def digitize(x, bins, right=False):
    """The indices of the bins each value falls in.

    >>> np.digitize([0.5, 1.5, 3.5], [0, 1, 2, 3])
    array([1, 2, 4])
    """
    x = asarray(x)
    bins = asarray(bins)
    if x.dtype.kind == 'c':
        raise TypeError("x may not be complex")
    if bins.ndim > 1:
        raise ValueError("object too deep for desired array")
    if bins.ndim < 1:
        raise ValueError("object of too small depth for desired array")
    mono = _monotonicity(bins.astype(float64))
    if mono == 0:
        raise ValueError("bins must be monotonically increasing or decreasing")
    # searchsorted's side is the opposite of `right`: bins[i-1] <= x < bins[i] is searchsorted(side='right').
    side = 'left' if right else 'right'
    if mono == -1:
        return _scalar_out(len(bins) - searchsorted(bins[::-1], x, side=side))
    return _scalar_out(searchsorted(bins, x, side=side))


def _interval_index(xp, x):
    # For each x the j with xp[j] <= x < xp[j+1] (-1 below xp[0]); xp is increasing.
    try:
        return searchsorted(xp, x, side='right') - 1
    except NameError:
        return (xp <= asarray(x)[..., None]).sum(axis=-1) - 1


def _complex_from_parts(re, im):
    # re + 1j*im, except that 1j*inf and 1j*nan would spill NaN into the real part: those few elements are built
    # one by one.
    re = asarray(re, dtype=float64)
    im = asarray(im, dtype=float64)
    finite = isfinite(im)
    res = asarray(re + 1j * where(finite, im, 0.0), dtype=complex128)
    if not _pybool(finite.all()):
        shape = res.shape
        res = res.ravel()
        idx = nonzero(~finite.ravel())[0]
        res[idx] = array([complex(r, i) for r, i in zip(re.ravel()[idx].tolist(), im.ravel()[idx].tolist())],
                         dtype=complex128)
        res = res.reshape(shape)
    return res


def _interp_part(x, xp, fp, lval, rval, reciprocal):
    # One real-valued interpolation as NumPy's C loop: j is the interval holding x (xp[j] <= x < xp[j+1]). The
    # complex loop multiplies by 1/dx where the real one divides, which rounds differently.
    n = xp.shape[0]
    if n == 1:
        return where(x < xp[0], lval, where(x > xp[0], rval, fp[0]))
    j = clip(_interval_index(xp, x), 0, n - 2)
    xj = xp[j]
    xj1 = xp[j + 1]
    fj = fp[j]
    fj1 = fp[j + 1]
    if reciprocal:
        slope = (fj1 - fj) * (1.0 / (xj1 - xj))
    else:
        slope = (fj1 - fj) / (xj1 - xj)
    res = slope * (x - xj) + fj
    # If one direction gives NaN, NumPy tries the other (and takes fp[j] for a flat interval).
    alt = slope * (x - xj1) + fj1
    alt = where(isnan(alt) & (fj == fj1), fj, alt)
    res = where(isnan(res), alt, res)
    res = where(x == xj, fj, res)
    res = where(x == xp[-1], fp[-1], res)
    res = where(x < xp[0], lval, res)
    return where(x > xp[-1], rval, res)


def interp(x, xp, fp, left=None, right=None, period=None):
    """Linear interpolation of the points (xp, fp) at x.

    >>> np.interp([0.5, 1.5, 3.0], [0, 1, 2], [0.0, 10.0, 20.0])
    array([ 5., 15., 20.])
    """
    fp = asarray(fp)
    iscomplex = fp.dtype.kind == 'c'
    input_dtype = complex128 if iscomplex else float64
    if period is not None:
        if period == 0:
            raise ValueError("period must be a non-zero value")
        period = abs(period)
        left = None
        right = None
        x = asarray(x, dtype=float64)
        xp = asarray(xp, dtype=float64)
        fp = asarray(fp, dtype=input_dtype)
        if xp.ndim != 1 or fp.ndim != 1:
            raise ValueError("Data points must be 1-D sequences")
        if xp.shape[0] != fp.shape[0]:
            raise ValueError("fp and xp are not of the same length")
        # Normalize into [0, period) and extend one point past each end, so the ends wrap around.
        x = x % period
        xp = xp % period
        asort_xp = argsort(xp)
        xp = xp[asort_xp]
        fp = fp[asort_xp]
        xp = concatenate((xp[-1:] - period, xp, xp[0:1] + period))
        fp = concatenate((fp[-1:], fp, fp[0:1]))
    x = asarray(x, dtype=float64)
    xp = asarray(xp, dtype=float64)
    fp = fp.astype(input_dtype)
    for d in (fp.ndim, xp.ndim):
        if d > 1:
            raise ValueError("object too deep for desired array")
        if d < 1:
            raise ValueError("object of too small depth for desired array")
    n = xp.shape[0]
    if n == 0:
        raise ValueError("array of sample points is empty")
    if fp.shape[0] != n:
        raise ValueError("fp and xp are not of the same length.")
    if x.size == 0:
        return zeros(x.shape, dtype=input_dtype)
    lval = fp[0] if left is None else left
    rval = fp[-1] if right is None else right
    if iscomplex:
        lval = complex(lval)
        rval = complex(rval)
        re = _interp_part(x, xp, fp.real, lval.real, rval.real, True)
        im = _interp_part(x, xp, fp.imag, lval.imag, rval.imag, True)
        # A NaN x gives NaN+0j.
        res = _complex_from_parts(where(isnan(x), x, re), where(isnan(x), 0.0, im))
    else:
        res = _interp_part(x, xp, fp, float(lval), float(rval), False)
        res = asarray(where(isnan(x), x, res), dtype=float64)
    return res[()] if res.ndim == 0 else res


# --- floating-point helpers --------------------------------------------------------------------------------------

def fix(x, out=None):
    """Round toward zero, element-wise.

    >>> np.fix([-2.5, -0.5, 0.5, 2.5])
    array([-2., -0.,  0.,  2.])
    """
    x = asarray(x)
    if x.dtype.kind not in 'fc':
        r = x.copy()
    else:
        r = where(x >= 0, floor(x), ceil(x))
    return _scalar_out(r)


def copysign(x1, x2, out=None):
    """The magnitude of x1 with the sign of x2, element-wise.

    >>> np.copysign([1.0, 2.0], [-1.0, 1.0])
    array([-1.,  2.])
    """
    dt = _inexact_dtype(x1, x2)
    mag = absolute(asarray(x1).astype(dt))
    neg = signbit(x2)
    r = where(neg, -mag, mag)
    return _scalar_out(asarray(r).astype(dt))


def fmod(x1, x2, out=None):
    """The element-wise remainder of division, with the sign of the dividend (C's fmod).

    >>> np.fmod([7, -7], 3)
    array([ 1, -1])
    """
    return _ufunc_errors('fmod', lambda: _fmod(x1, x2))


def _fmod(x1, x2):
    r = remainder(x1, x2)
    ra = asarray(r)
    if ra.dtype.kind in 'iub':
        a = asarray(x1)
        b = asarray(x2)
        fixup = (ra != 0) & ((a < 0) != (b < 0))
        return _scalar_out(asarray(where(fixup, ra - b, ra)).astype(ra.dtype))
    dt = ra.dtype
    mag = remainder(absolute(asarray(x1).astype(dt)), absolute(asarray(x2).astype(dt)))
    return copysign(mag, asarray(x1).astype(dt))


def isposinf(x, out=None):
    """Test element-wise for positive infinity.

    >>> np.isposinf([np.inf, -np.inf, 1.0])
    array([ True, False, False])
    """
    return logical_and(isinf(x), greater(x, 0))


def isneginf(x, out=None):
    """Test element-wise for negative infinity.

    >>> np.isneginf([np.inf, -np.inf, 1.0])
    array([False,  True, False])
    """
    return logical_and(isinf(x), less(x, 0))


def _nan_to_num_real(xa, nan, big, small):
    r = where(isnan(xa), nan, xa)
    r = where(isinf(r) & (r > 0), big, r)
    r = where(isinf(r) & (r < 0), small, r)
    return asarray(r).astype(xa.dtype)


_NO_COPY_MESSAGE = ("Unable to avoid copy while creating an array as requested.\n"
                    "If using `np.array(obj, copy=False)` replace it with `np.asarray(obj)` to allow a copy when "
                    "needed (no behavior change in NumPy 1.x).\n"
                    "For more details, see https://numpy.org/devdocs/numpy_2_0_migration_guide.html"
                    "#adapting-to-changes-in-the-copy-keyword.")


def nan_to_num(x, copy=True, nan=0.0, posinf=None, neginf=None):
    # copy=False works in place on an ndarray (NumPy's np.array(x, copy=False)); anything else cannot be.
    """Replace NaN with zero and infinities with large finite numbers (or the given values).

    >>> np.nan_to_num([np.nan, 1.0, np.inf])
    array([0.00000000e+000, 1.00000000e+000, 1.79769313e+308])
    >>> np.nan_to_num([np.nan, -np.inf], nan=-1.0, neginf=0.0)
    array([-1.,  0.])
    """
    if not copy and not isinstance(x, ndarray):
        raise ValueError(_NO_COPY_MESSAGE)
    xa = asarray(x)
    if xa.dtype.kind != 'f' and xa.dtype.kind != 'c':
        if not copy:
            return xa[()] if xa.ndim == 0 else xa
        return _scalar_out(xa.copy())
    # A complex array has its real and imaginary parts replaced separately, with the limits of the part dtype.
    part = xa.real.dtype
    info = finfo(part)
    big = info.max if posinf is None else posinf
    small = info.min if neginf is None else neginf
    if xa.dtype.kind == 'c':
        re = _nan_to_num_real(xa.real, nan, big, small)
        im = _nan_to_num_real(xa.imag, nan, big, small)
        r = _complex_from_parts(re, im).astype(xa.dtype)
    else:
        r = _nan_to_num_real(xa, nan, big, small)
    if not copy:
        xa[...] = r
        return xa[()] if xa.ndim == 0 else xa
    return _scalar_out(r)


def logaddexp2(x1, x2, out=None):
    """Base-2 logarithm of the sum of 2 ** x1 and 2 ** x2.

    >>> np.logaddexp2(1.0, 1.0)
    np.float64(2.0)
    """
    dt = _inexact_dtype(x1, x2)
    a = asarray(x1).astype(dt)
    b = asarray(x2).astype(dt)
    # Both branches are computed everywhere here (inf - inf where a == b is infinite): the conditions they raise
    # are not those of NumPy's loop, which raises none.
    with errstate(all='ignore'):
        d = a - b
        log2e = 1.4426950408889634
        pos = a + log2e * log1p(exp2(-d))
        neg = b + log2e * log1p(exp2(d))
        r = where(d > 0, pos, neg)
        r = where(a == b, a + 1, r)
    return _scalar_out(r)


def float_power(x1, x2, out=None):
    """First array raised to the second, element-wise, computed in float64 (or complex128).

    >>> np.float_power([1, 2, 3], 2)
    array([1., 4., 9.])
    """
    a = asarray(x1)
    b = asarray(x2)
    dt = complex128 if a.dtype.kind == 'c' or b.dtype.kind == 'c' else float64
    return _ufunc_errors('float_power', lambda: _scalar_out(power(a.astype(dt), b.astype(dt))))


def divmod(x1, x2, out1=None, out2=None):
    """The element-wise quotient and remainder (floor_divide, remainder) together.

    >>> np.divmod([7, -7], 2)
    (array([ 3, -4]), array([1, 1]))
    """
    return _ufunc_errors('divmod', lambda: (floor_divide(x1, x2), remainder(x1, x2)))


# --- convolution and polynomials ----------------------------------------------------------------------------------

def _correlate_mode(mode):
    if isinstance(mode, int):
        if mode not in (0, 1, 2):
            raise ValueError("integer convolve/correlate mode must be 0, 1, or 2")
        return ('valid', 'same', 'full')[mode]
    if isinstance(mode, str) and len(mode) > 0 and mode.lower()[0] in 'vsf':
        return {'v': 'valid', 's': 'same', 'f': 'full'}[mode.lower()[0]]
    raise ValueError("mode must be one of 'valid', 'same', or 'full' (got " + repr(mode) + ")")


def _correlate_core(a, v, mode):
    # NumPy's correlation loop for len(a) >= len(v): z[k] = sum_j a[k + j - n_left] * v[j], summed in j order,
    # missing terms (beyond the ends of a) left out. One vector operation per element of the shorter input.
    n1 = a.shape[0]
    n = v.shape[0]
    if mode == 'valid':
        length = n1 - n + 1
        n_left = 0
    elif mode == 'same':
        length = n1
        n_left = n // 2
    else:
        length = n1 + n - 1
        n_left = n - 1
    out = zeros(length, dtype=_result_type(a, v))
    for j in range(n):
        lo = n_left - j if n_left - j > 0 else 0
        hi = n1 + n_left - j if n1 + n_left - j < length else length
        if hi > lo:
            out[lo:hi] += a[lo + j - n_left:hi + j - n_left] * v[j]
    return out


def convolve(a, v, mode='full'):
    """The discrete linear convolution of two 1-D sequences (mode 'full', 'same' or 'valid').

    >>> np.convolve([1, 2, 3], [0, 1, 0.5])
    array([0. , 1. , 2.5, 4. , 1.5])
    >>> np.convolve([1, 2, 3], [1, 1], 'valid')
    array([3, 5])
    """
    a = array(a, ndmin=1)
    v = array(v, ndmin=1)
    if a.ndim != 1 or v.ndim != 1:
        raise ValueError("object too deep for desired array")
    if a.shape[0] == 0:
        raise ValueError("a cannot be empty")
    if v.shape[0] == 0:
        raise ValueError("v cannot be empty")
    if v.shape[0] > a.shape[0]:
        a, v = v, a
    return _correlate_core(a, v[::-1], _correlate_mode(mode))


def correlate(a, v, mode='valid'):
    """The cross-correlation of two 1-D sequences (mode 'valid' by default).

    >>> np.correlate([1, 2, 3], [0, 1, 0.5])
    array([3.5])
    """
    a = array(a, ndmin=1)
    v = array(v, ndmin=1)
    if a.ndim != 1 or v.ndim != 1:
        raise ValueError("object too deep for desired array")
    mode = _correlate_mode(mode)
    if a.shape[0] == 0:
        raise ValueError("first array argument cannot be empty")
    if v.shape[0] == 0:
        raise ValueError("second array argument cannot be empty")
    if v.dtype.kind == 'c':
        v = conjugate(v)
    if a.shape[0] < v.shape[0]:
        return _correlate_core(v, a, mode)[::-1].copy()
    return _correlate_core(a, v, mode)


def polyval(p, x):
    """Evaluate a polynomial (coefficients highest power first) at x.

    >>> np.polyval([1, 2, 3], 2)
    np.int64(11)
    >>> np.polyval([1.0, 0.0, -1.0], [0.0, 1.0, 2.0])
    array([-1.,  0.,  3.])
    """
    if isinstance(p, poly1d):
        p = p.coeffs
    p = asarray(p)
    if isinstance(x, poly1d):
        # Horner's rule on a polynomial argument composes polynomials.
        y = 0
        for pv in p:
            y = y * x + pv
        return y
    x = asarray(x)
    y = zeros_like(x)
    for pv in p:
        y = y * x + pv
    return _scalar_out(y) if x.ndim == 0 and p.shape[0] > 0 else y


def fabs(x, /):
    """Absolute values as floats.

    >>> np.fabs([-1, 2.5])
    array([1. , 2.5])
    """
    x = asarray(x)
    if x.dtype.kind == 'c':
        raise TypeError("ufunc 'fabs' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''")
    return absolute(x.astype(_inexact_dtype(x)))


def modf(x, /):
    """Fractional and integral parts, both with the sign of x.

    >>> np.modf([2.5, -1.25])
    (array([ 0.5 , -0.25]), array([ 2., -1.]))
    """
    x = asarray(x).astype(_inexact_dtype(x))
    i = trunc(x)
    return (x - i, i)


def real_if_close(a, tol=100):
    """The real part when every imaginary part is within tol machine epsilons of zero.

    >>> np.real_if_close([2.1 + 1e-15j, 5.2 + 1e-14j])
    array([2.1, 5.2])
    """
    a = asarray(a)
    if a.dtype.kind != 'c':
        return a
    eps = finfo(a.dtype).eps
    if tol > 1:
        tol = tol * eps
    if (abs(a.imag) < tol).all():
        return a.real.copy()
    return a
