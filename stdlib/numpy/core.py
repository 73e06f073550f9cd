# numpy part: core. Context managers and the module-internal helpers that the other parts use.
# Inside this module `bool`, `all`, `any`, `sum`, `max`, `min`, `abs` and `round` are NumPy's, so the helpers
# avoid the Python builtins of those names.


class _Unspecified:
    pass


class errstate:
    """Context manager (or decorator) for floating-point error handling: errstate(*, call=..., all=None,
    divide=None, over=None, under=None, invalid=None). The settings apply inside the block and the previous
    ones come back on exit, also when an exception leaves it.

    >>> with np.errstate(divide='ignore'):
    ...     r = np.array([1.0]) / 0.0
    >>> r
    array([inf])
    """

    def __init__(self, *, call=_Unspecified, all=None, divide=None, over=None, under=None, invalid=None):
        self._token = None
        self._call = call
        self._all = all
        self._divide = divide
        self._over = over
        self._under = under
        self._invalid = invalid

    def _apply(self):
        call = () if self._call is _Unspecified else (self._call,)
        return _errstate_enter(self._all, self._divide, self._over, self._under, self._invalid, call)

    def __enter__(self):
        if self._token is not None:
            raise TypeError("Cannot enter `np.errstate` twice.")
        self._token = self._apply()

    def __exit__(self, *exc_info):
        _errstate_exit(self._token)

    def __call__(self, func):
        def inner(*args, **kwargs):
            token = self._apply()
            try:
                return func(*args, **kwargs)
            finally:
                _errstate_exit(token)
        return inner


class printoptions:
    """Context manager that sets print options and restores the old ones on exit.

    >>> with np.printoptions(precision=2):
    ...     print(np.array([3.14159]))
    [3.14]
    """

    def __init__(self, *args, **kwargs):
        self.args = args
        self.kwargs = kwargs

    def __enter__(self):
        _save_printoptions()
        try:
            set_printoptions(*self.args, **self.kwargs)
        except BaseException:
            _restore_printoptions()
            raise
        return get_printoptions()

    def __exit__(self, *exc):
        # Every option, formatter and legacy included, goes back to what it was (as NumPy's context variable
        # does), and so does whether the user had chosen a line width.
        _restore_printoptions()
        return False


# --- internal helpers --------------------------------------------------------------------------------------------

def _pybool(x):
    return True if x else False


def _imax(a, b):
    return a if a >= b else b


def _iabs(a):
    return -a if a < 0 else a


def _scalar_out(r):
    # A 0-d result becomes a NumPy scalar, as NumPy's functions return.
    r = asarray(r)
    return r[()] if r.ndim == 0 else r


AxisError = _np_exception("AxisError")


class _Exceptions:
    """numpy.exceptions: the exception classes NumPy defines."""
    AxisError = AxisError


exceptions = _Exceptions()


def _normalize_axis(axis, ndim, prefix=""):
    axis = int(axis)
    if axis < -ndim or axis >= ndim:
        raise AxisError(prefix + "axis " + str(axis) + " is out of bounds for array of dimension " + str(ndim))
    return axis + ndim if axis < 0 else axis


def _axis_tuple(axis, ndim):
    if isinstance(axis, (tuple, list)):
        res = [_normalize_axis(ax, ndim) for ax in axis]
    else:
        res = [_normalize_axis(axis, ndim)]
    if len(set(res)) != len(res):
        raise ValueError("repeated axis")
    return res


def _slices(ndim, axis, sl):
    idx = [slice(None)] * ndim
    idx[axis] = sl
    return tuple(idx)


def _is_inexact(a):
    k = asarray(a).dtype.kind
    return k == 'f' or k == 'c'


def _inexact_dtype(*xs):
    # The floating dtype NumPy's float-only ufuncs compute in for these operands (Python scalars stay weak).
    r = xs[0]
    for x in xs[1:]:
        r = add(r, x)
    d = asarray(r).dtype
    if d.kind == 'f' or d.kind == 'c':
        return d
    return sqrt(zeros((), dtype=d)).dtype


def _bcast_to(x, shape):
    # A broadcast copy of x with the given shape, keeping its dtype.
    x = asarray(x)
    if tuple(x.shape) == tuple(shape):
        return x.copy()
    return where(ones(shape, dtype=bool_), x, x)


def _moveaxis(a, source, destination):
    a = asarray(a)
    src = _axis_tuple(source, a.ndim)
    dst = _axis_tuple(destination, a.ndim)
    if len(src) != len(dst):
        raise ValueError("`source` and `destination` arguments must have the same number of elements")
    order = [n for n in range(a.ndim) if n not in src]
    pairs = sorted(zip(dst, src))
    for d, s in pairs:
        order.insert(d, s)
    return a.transpose(tuple(order))


def _take_along(a, indices, axis):
    # a[..., indices, ...] with the integer array at `axis`.
    return a[_slices(a.ndim, axis, asarray(indices))]


def broadcast_shapes(*args):
    """The shape that arrays of the given shapes broadcast to.

    >>> np.broadcast_shapes((3, 1), (1, 4))
    (3, 4)
    """
    shapes = []
    for s in args:
        if isinstance(s, (tuple, list)):
            shapes.append(tuple(int(d) for d in s))
        else:
            shapes.append((int(s),))
    nd = 0
    for s in shapes:
        nd = _imax(nd, len(s))
    res = []
    for i in range(nd):
        dim = 1
        for j, s in enumerate(shapes):
            k = i - (nd - len(s))
            if k < 0:
                continue
            d = s[k]
            if d == 1:
                continue
            if dim == 1:
                dim = d
            elif d != dim:
                raise ValueError("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is "
                                 "between arg 0 with shape " + str(shapes[0]) + " and arg " + str(j) +
                                 " with shape " + str(s) + ".")
        res.append(dim)
    return tuple(res)
