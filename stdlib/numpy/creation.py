# numpy part: array creation. Grids, sequences, diagonals and triangles.


def ascontiguousarray(a, dtype=None, *, like=None):
    # The array itself when it is already C-contiguous (and of that dtype); at least 1-D, as NumPy's.
    """A C-contiguous array (a copy only when needed).

    >>> np.ascontiguousarray(np.arange(6).reshape(2, 3).T).flags['C_CONTIGUOUS']
    True
    """
    return array(a, dtype=dtype, copy=None, order='C', ndmin=1)


def asfortranarray(a, dtype=None, *, like=None):
    # The array itself when it is already Fortran-contiguous (and of that dtype); at least 1-D, as NumPy's.
    """A Fortran-contiguous array (a copy only when needed).

    >>> np.asfortranarray(np.arange(6).reshape(2, 3)).flags['F_CONTIGUOUS']
    True
    """
    return array(a, dtype=dtype, copy=None, order='F', ndmin=1)


# --- arrays like another ------------------------------------------------------------------------------------------
# The Rust *_like functions copy the prototype's shape and dtype; NumPy's shape= and device= are handled here.

_empty_like_kernel = empty_like
_zeros_like_kernel = zeros_like
_ones_like_kernel = ones_like
_full_like_kernel = full_like


def _check_device(device):
    if device is not None and device != "cpu":
        raise ValueError('Device not understood. Only "cpu" is allowed, but received: ' + str(device))


def _like_new(prototype, dtype, order, shape, fill):
    # A new array of the given shape (not the prototype's), with the prototype's dtype unless dtype is given.
    if dtype is None:
        dtype = asarray(prototype).dtype
    order = order if order == 'F' else 'C'
    if fill == 0:
        return zeros(shape, dtype=dtype, order=order)
    if fill == 1:
        return ones(shape, dtype=dtype, order=order)
    return empty(shape, dtype=dtype, order=order)


def empty_like(prototype, dtype=None, order='K', subok=True, shape=None, *, device=None):
    """A new array with the shape and dtype of a, its values not set (here filled to show them).

    >>> a = np.empty_like(np.array([[1, 2], [3, 4]]))
    >>> a.shape, a.dtype
    ((2, 2), dtype('int64'))
    """
    _check_device(device)
    if shape is None:
        return _empty_like_kernel(prototype, dtype=dtype, order=order, subok=subok)
    return _like_new(prototype, dtype, order, shape, None)


def zeros_like(a, dtype=None, order='K', subok=True, shape=None, *, device=None):
    """An array of zeros with the shape and dtype of a.

    >>> np.zeros_like([[1, 2], [3, 4]])
    array([[0, 0],
           [0, 0]])
    >>> np.zeros_like(np.arange(3.0))
    array([0., 0., 0.])
    """
    _check_device(device)
    if shape is None:
        return _zeros_like_kernel(a, dtype=dtype, order=order, subok=subok)
    return _like_new(a, dtype, order, shape, 0)


def ones_like(a, dtype=None, order='K', subok=True, shape=None, *, device=None):
    """An array of ones with the shape and dtype of a.

    >>> np.ones_like([[1, 2], [3, 4]])
    array([[1, 1],
           [1, 1]])
    """
    _check_device(device)
    if shape is None:
        return _ones_like_kernel(a, dtype=dtype, order=order, subok=subok)
    return _like_new(a, dtype, order, shape, 1)


def full_like(a, fill_value, dtype=None, order='K', subok=True, shape=None, *, device=None):
    """An array with the shape and dtype of a, filled with fill_value.

    >>> np.full_like(np.arange(3), 7)
    array([7, 7, 7])
    >>> np.full_like(np.arange(3.0), 0.5)
    array([0.5, 0.5, 0.5])
    """
    _check_device(device)
    if shape is None:
        return _full_like_kernel(a, fill_value, dtype=dtype, order=order, subok=subok)
    res = _like_new(a, dtype, order, shape, None)
    # NumPy's copyto(res, fill_value, casting='unsafe'): broadcast and cast into the new array.
    res[...] = fill_value
    return res


# --- grids and sequences -----------------------------------------------------------------------------------------

def meshgrid(*xi, copy=True, sparse=False, indexing='xy'):
    """Coordinate matrices from coordinate vectors (indexing='xy' or 'ij').

    >>> xs, ys = np.meshgrid([1, 2, 3], [10, 20])
    >>> xs
    array([[1, 2, 3],
           [1, 2, 3]])
    >>> ys
    array([[10, 10, 10],
           [20, 20, 20]])
    """
    ndim = len(xi)
    if indexing not in ('xy', 'ij'):
        raise ValueError("Valid values for `indexing` are 'xy' and 'ij'.")
    output = []
    for i, x in enumerate(xi):
        shape = [1] * ndim
        shape[i] = -1
        output.append(asarray(x).reshape(tuple(shape)))
    if indexing == 'xy' and ndim > 1:
        rest = tuple([1] * (ndim - 2))
        output[0] = output[0].reshape((1, -1) + rest)
        output[1] = output[1].reshape((-1, 1) + rest)
    if not sparse:
        shape = broadcast_shapes(*[o.shape for o in output])
        output = [_bcast_to(o, shape) for o in output]
    elif copy:
        output = [o.copy() for o in output]
    return tuple(output)


def indices(dimensions, dtype=int, sparse=False):
    """An array of grid indices, one slice per dimension.

    >>> np.indices((2, 3))
    array([[[0, 0, 0],
            [1, 1, 1]],
    <BLANKLINE>
           [[0, 1, 2],
            [0, 1, 2]]])
    """
    dimensions = tuple(dimensions)
    n = len(dimensions)
    if sparse:
        res = []
        for i, dim in enumerate(dimensions):
            shape = [1] * n
            shape[i] = dim
            res.append(arange(dim, dtype=dtype).reshape(tuple(shape)))
        return tuple(res)
    res = empty((n,) + dimensions, dtype=dtype)
    for i, dim in enumerate(dimensions):
        shape = [1] * n
        shape[i] = dim
        res[i] = arange(dim, dtype=dtype).reshape(tuple(shape))
    return res


def fromfunction(function, shape, *, dtype=float, like=None, **kwargs):
    """An array whose element at each index is function(*index).

    >>> np.fromfunction(lambda i, j: i + j, (2, 3))
    array([[0., 1., 2.],
           [1., 2., 3.]])
    """
    args = indices(shape, dtype=dtype)
    return function(*[args[i] for i in range(len(tuple(shape)))], **kwargs)


def _operator_index(n):
    # operator.index: Python and NumPy integers only, as NumPy's linspace asks for num.
    if isinstance(n, int):
        return n
    if isinstance(n, integer):
        return int(n)
    raise TypeError("'" + type(n).__name__ + "' object cannot be interpreted as an integer")


def linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0, *, device=None):
    """Evenly spaced numbers over an interval: num samples from start to stop.
    num: how many samples (default 50).
    endpoint: whether stop is the last sample (else the samples stop one step short of it).
    retstep: also return the spacing between samples.
    dtype: the result's dtype (by default the inexact type of start and stop).
    axis: where the samples go when start and stop are arrays.
    Computed as NumPy does: arange(num) * step + start, with the last sample set to stop.

    >>> np.linspace(0, 1, 5)
    array([0.  , 0.25, 0.5 , 0.75, 1.  ])
    >>> np.linspace(0, 1, 4, endpoint=False)
    array([0.  , 0.25, 0.5 , 0.75])
    >>> np.linspace(0, 10, 3, retstep=True)
    (array([ 0.,  5., 10.]), np.float64(5.0))
    """
    num = _operator_index(num)
    if num < 0:
        raise ValueError("Number of samples, " + str(num) + ", must be non-negative.")
    div = (num - 1) if endpoint else num
    # Sequences become arrays; Python scalars stay weak for the result type, as NumPy's _array_converter keeps them.
    if isinstance(start, (list, tuple)):
        start = asarray(start)
    if isinstance(stop, (list, tuple)):
        stop = asarray(stop)
    dt = result_type(start, stop)
    if dt.kind not in 'fc':
        dt = float64(0).dtype
    if dtype is None:
        dtype = dt
        integer_dtype = False
    else:
        integer_dtype = zeros((), dtype=dtype).dtype.kind in 'iu'
    # The difference is taken in dt (NumPy's subtract(stop, start, dtype=...) casts both operands first).
    delta = asarray(stop, dtype=dt) - asarray(start, dtype=dt)
    delta = _scalar_out(delta)
    delta_nd = asarray(delta).ndim
    y = arange(0, num, dtype=dt).reshape((-1,) + (1,) * delta_nd)
    if div > 0:
        step = delta / div
        if _pybool(asarray(step == 0).any()):
            # Denormal steps underflow to 0: divide first, then scale (NumPy's gh-5437 handling).
            y = y / div
            y = y * delta
        else:
            y = y * step
    else:
        # 0 samples, or 1 with endpoint: the step is undefined.
        step = float('nan')
        y = y * delta
    y += start
    if endpoint and num > 1:
        y[-1, ...] = stop
    if axis != 0:
        y = moveaxis(y, 0, axis)
    if integer_dtype:
        y = floor(y)
    y = y.astype(dtype)
    if retstep:
        return y, step
    return y


def logspace(start, stop, num=50, endpoint=True, base=10.0, dtype=None, axis=0):
    """Numbers spaced evenly on a log scale: base ** linspace(start, stop, num).

    >>> np.logspace(0, 3, 4)
    array([   1.,   10.,  100., 1000.])
    """
    y = linspace(start, stop, num=num, endpoint=endpoint)
    r = power(base, y)
    if dtype is not None:
        r = r.astype(dtype)
    return r


def geomspace(start, stop, num=50, endpoint=True, dtype=None, axis=0):
    """Numbers spaced evenly on a log scale from start to stop (a geometric progression).

    >>> np.geomspace(1, 1000, 4)
    array([   1.,   10.,  100., 1000.])
    """
    start = float(start)
    stop = float(stop)
    if start == 0 or stop == 0:
        raise ValueError("Geometric sequence cannot include zero")
    sign = 1.0
    if start < 0 and stop < 0:
        sign = -1.0
        start = -start
        stop = -stop
    elif start < 0 or stop < 0:
        raise NotImplementedError("np.geomspace with endpoints of different signs (complex result) is not supported by nabla yet")
    result = logspace(float(log10(start)), float(log10(stop)), num=num, endpoint=endpoint, base=10.0)
    if num > 0:
        result[0] = start
        if num > 1 and endpoint:
            result[-1] = stop
    if sign < 0:
        result = -result
    if dtype is not None:
        result = result.astype(dtype)
    return result


# --- diagonals and triangles -------------------------------------------------------------------------------------

def diag(v, k=0):
    """The k-th diagonal of a 2-D array, or a 2-D array with v on its k-th diagonal.

    >>> np.diag([1, 2, 3])
    array([[1, 0, 0],
           [0, 2, 0],
           [0, 0, 3]])
    >>> np.diag(np.arange(9).reshape(3, 3))
    array([0, 4, 8])
    """
    v = asarray(v)
    if v.ndim == 1:
        n = v.shape[0]
        size = n + _iabs(k)
        res = zeros((size, size), dtype=v.dtype)
        i = arange(n)
        res[i + _imax(-k, 0), i + _imax(k, 0)] = v
        return res
    if v.ndim == 2:
        return diagonal(v, k)
    raise ValueError("Input must be 1- or 2-d.")


def diagflat(v, k=0):
    """A 2-D array with the flattened input on its k-th diagonal.

    >>> np.diagflat([[1, 2], [3, 4]])
    array([[1, 0, 0, 0],
           [0, 2, 0, 0],
           [0, 0, 3, 0],
           [0, 0, 0, 4]])
    """
    return diag(asarray(v).ravel(), k)


def diagonal(a, offset=0, axis1=0, axis2=1):
    """The diagonal of an array (along axis1 and axis2, offset k).

    >>> np.diagonal(np.arange(9).reshape(3, 3))
    array([0, 4, 8])
    >>> np.diagonal(np.arange(9).reshape(3, 3), offset=1)
    array([1, 5])
    """
    a = asarray(a)
    if a.ndim < 2:
        raise ValueError("diag requires an array of at least two dimensions")
    ax1 = _normalize_axis(axis1, a.ndim)
    ax2 = _normalize_axis(axis2, a.ndim)
    if ax1 == ax2:
        raise ValueError("axis1 and axis2 cannot be the same")
    if a.ndim == 2 and ax1 == 0 and ax2 == 1:
        # The common case is NumPy's read-only strided view.
        return a.diagonal(offset)
    rest = [i for i in range(a.ndim) if i != ax1 and i != ax2]
    t = a.transpose(tuple(rest + [ax1, ax2]))
    n1 = t.shape[-2]
    n2 = t.shape[-1]
    if offset >= 0:
        length = _imax(0, n1 if n1 < n2 - offset else n2 - offset)
        i = arange(length)
        return t[..., i, i + offset]
    length = _imax(0, n1 + offset if n1 + offset < n2 else n2)
    i = arange(length)
    return t[..., i - offset, i]


def trace(a, offset=0, axis1=0, axis2=1, dtype=None, out=None):
    """Sum along a diagonal of an array.

    >>> np.trace(np.arange(9).reshape(3, 3))
    np.int64(12)
    """
    d = diagonal(a, offset, axis1, axis2)
    return d.sum(axis=-1, dtype=dtype)


def tri(N, M=None, k=0, dtype=float, *, like=None):
    """An array with ones at and below the k-th diagonal and zeros elsewhere.

    >>> np.tri(3, dtype=int)
    array([[1, 0, 0],
           [1, 1, 0],
           [1, 1, 1]])
    """
    if M is None:
        M = N
    m = arange(N).reshape(N, 1) >= arange(-k, M - k).reshape(1, M)
    return m.astype(dtype)


def tril(m, k=0):
    # A 1-D input is taken as one row of a square matrix (tri(N) with M defaulting to N), as in NumPy.
    """Lower triangle of an array (the elements above the k-th diagonal set to zero).

    >>> np.tril(np.arange(1, 10).reshape(3, 3))
    array([[1, 0, 0],
           [4, 5, 0],
           [7, 8, 9]])
    """
    m = asarray(m)
    mask = tri(*m.shape[-2:], k=k, dtype=bool_)
    return where(mask, m, zeros(1, dtype=m.dtype))


def triu(m, k=0):
    """Upper triangle of an array (the elements below the k-th diagonal set to zero).

    >>> np.triu(np.arange(1, 10).reshape(3, 3))
    array([[1, 2, 3],
           [0, 5, 6],
           [0, 0, 9]])
    >>> np.triu(np.arange(1, 10).reshape(3, 3), k=1)
    array([[0, 2, 3],
           [0, 0, 6],
           [0, 0, 0]])
    """
    m = asarray(m)
    mask = tri(*m.shape[-2:], k=k - 1, dtype=bool_)
    return where(mask, zeros(1, dtype=m.dtype), m)


# NumPy's asanyarray keeps ndarray subclasses; nabla has none, so it is asarray.
asanyarray = asarray
