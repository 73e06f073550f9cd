# GENERATED FILE: generated from stdlib/numpy/*.py by stdlib/build_numpy.py -- edit the parts, then run
# `python3 stdlib/build_numpy.py` (CI runs it with --check).
#
# Composites of the `numpy` module written in nabla itself, over the Rust primitives (array creation,
# concatenate, reshape, ufuncs, reductions). Embedded in the binary and run into the numpy module at import.
# Anything that loops over elements belongs in a Rust kernel instead.


# =================================================================================================================
# stdlib/numpy/core.py
# =================================================================================================================

# numpy part: core. Context managers and the module-internal helpers that the other parts use.
# Inside this module `bool`, `all`, `any`, `sum`, `max`, `min`, `abs` and `round` are NumPy's, so the helpers
# avoid the Python builtins of those names.


class errstate:
    """Context manager for floating-point error handling ('ignore' and 'warn' are accepted)."""

    def __init__(self, all=None, divide=None, over=None, under=None, invalid=None):
        for mode in (all, divide, over, under, invalid):
            if mode == 'raise' or mode == 'call' or mode == 'log':
                raise NotImplementedError("np.errstate(...='" + mode + "') is not supported by nabla yet")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class printoptions:
    """Context manager that sets print options and restores the old ones on exit."""

    def __init__(self, **kwargs):
        self.kwargs = kwargs

    def __enter__(self):
        self.saved = get_printoptions()
        set_printoptions(**self.kwargs)
        return get_printoptions()

    def __exit__(self, *exc):
        s = self.saved
        set_printoptions(precision=s['precision'], threshold=s['threshold'], edgeitems=s['edgeitems'],
                         linewidth=s['linewidth'], suppress=s['suppress'], nanstr=s['nanstr'],
                         infstr=s['infstr'], sign=s['sign'], floatmode=s['floatmode'])
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


def _normalize_axis(axis, ndim):
    axis = int(axis)
    if axis < -ndim or axis >= ndim:
        raise ValueError("axis " + str(axis) + " is out of bounds for array of dimension " + str(ndim))
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


# =================================================================================================================
# stdlib/numpy/info.py
# =================================================================================================================

# numpy part: dtype information. Type promotion (result_type, promote_types, can_cast) and machine limits.


# --- type promotion ----------------------------------------------------------------------------------------------

def _result_type(*arrays_and_dtypes):
    if len(arrays_and_dtypes) == 0:
        raise ValueError("at least one array or dtype is required")
    ops = []
    for x in arrays_and_dtypes:
        if isinstance(x, (type, str)):
            ops.append(zeros((), dtype=x))
        elif hasattr(x, 'dtype'):
            ops.append(zeros((), dtype=x.dtype))
        elif isinstance(x, (int, float, complex)):
            # Python scalars stay weak; a zero of the same kind promotes the same way without overflow.
            ops.append(False if x is True or x is False else x * 0)
        elif isinstance(x, (list, tuple)):
            ops.append(zeros((), dtype=asarray(x).dtype))
        else:
            ops.append(zeros((), dtype=x))
    r = ops[0]
    for x in ops[1:]:
        r = add(r, x)
    return asarray(r).dtype


def promote_types(type1, type2):
    return _result_type(zeros((), dtype=type1).dtype, zeros((), dtype=type2).dtype)


def can_cast(from_, to, casting='safe'):
    if casting != 'safe':
        raise NotImplementedError("np.can_cast(casting='" + casting + "') is not supported by nabla yet")
    to = zeros((), dtype=to).dtype
    return _pybool(_result_type(from_, to) == to)


# np.result_type follows NEP 50 here (Python scalars are weak), so it replaces any Rust version.
result_type = _result_type


# --- machine limits ----------------------------------------------------------------------------------------------

def _as_dtype(t):
    try:
        return zeros((), dtype=t).dtype
    except TypeError:
        return asarray(t).dtype


class finfo:
    """Machine limits for floating point types."""

    def __init__(self, dtype):
        d = _as_dtype(dtype)
        name = d.name
        if name == 'complex128':
            name = 'float64'
        elif name == 'complex64':
            name = 'float32'
        if name == 'float64':
            t = float64
            self.bits = 64
            self.precision = 15
            self.eps = t(2.220446049250313e-16)
            self.epsneg = t(1.1102230246251565e-16)
            self.max = t(1.7976931348623157e+308)
            self.tiny = t(2.2250738585072014e-308)
            self.smallest_subnormal = t(5e-324)
            self.resolution = t(1e-15)
            self.maxexp = 1024
            self.minexp = -1022
            self.nmant = 52
            self.nexp = 11
        elif name == 'float32':
            t = float32
            self.bits = 32
            self.precision = 6
            self.eps = t(1.1920928955078125e-07)
            self.epsneg = t(5.960464477539063e-08)
            self.max = t(3.4028234663852886e+38)
            self.tiny = t(1.1754943508222875e-38)
            self.smallest_subnormal = t(1.401298464324817e-45)
            self.resolution = t(1e-06)
            self.maxexp = 128
            self.minexp = -126
            self.nmant = 23
            self.nexp = 8
        elif name == 'float16':
            t = float16
            self.bits = 16
            self.precision = 3
            self.eps = t(0.0009765625)
            self.epsneg = t(0.00048828125)
            self.max = t(65504.0)
            self.tiny = t(6.103515625e-05)
            self.smallest_subnormal = t(5.960464477539063e-08)
            self.resolution = t(0.001)
            self.maxexp = 16
            self.minexp = -14
            self.nmant = 10
            self.nexp = 5
        else:
            raise ValueError("data type " + repr(d) + " not inexact")
        self.dtype = zeros((), dtype=t).dtype
        self.min = -self.max
        self.smallest_normal = self.tiny
        self.iexp = self.nexp
        self.machep = -self.nmant
        self.negep = -self.nmant - 1

    def __str__(self):
        sep = "---------------------------------------------------------------\n"
        return ("Machine parameters for " + str(self.dtype) + "\n" + sep +
                "precision = " + str(self.precision) + "   resolution = " + str(self.resolution) + "\n" +
                "machep = " + str(self.machep) + "   eps =        " + str(self.eps) + "\n" +
                "negep =  " + str(self.negep) + "   epsneg =     " + str(self.epsneg) + "\n" +
                "minexp = " + str(self.minexp) + "   tiny =       " + str(self.tiny) + "\n" +
                "maxexp = " + str(self.maxexp) + "   max =        " + str(self.max) + "\n" +
                "nexp =   " + str(self.nexp) + "   min =        -max\n" +
                "smallest_normal = " + str(self.smallest_normal) + "   smallest_subnormal = " +
                str(self.smallest_subnormal) + "\n" + sep)

    def __repr__(self):
        return ("finfo(resolution=" + str(self.resolution) + ", min=" + str(self.min) + ", max=" + str(self.max) +
                ", dtype=" + str(self.dtype) + ")")


class iinfo:
    """Machine limits for integer types."""

    def __init__(self, int_type):
        d = _as_dtype(int_type)
        name = d.name
        limits = {
            'int8': (-128, 127, 8), 'int16': (-32768, 32767, 16), 'int32': (-2147483648, 2147483647, 32),
            'int64': (-9223372036854775808, 9223372036854775807, 64), 'uint8': (0, 255, 8),
            'uint16': (0, 65535, 16), 'uint32': (0, 4294967295, 32), 'uint64': (0, 18446744073709551615, 64),
        }
        if name not in limits:
            raise ValueError("Invalid integer data type " + repr(d.kind) + ".")
        self.min, self.max, self.bits = limits[name]
        self.dtype = d
        self.kind = d.kind

    def __str__(self):
        sep = "---------------------------------------------------------------\n"
        return ("Machine parameters for " + str(self.dtype) + "\n" + sep + "min = " + str(self.min) + "\nmax = " +
                str(self.max) + "\n" + sep)

    def __repr__(self):
        return "iinfo(min=" + str(self.min) + ", max=" + str(self.max) + ", dtype=" + str(self.dtype) + ")"


# =================================================================================================================
# stdlib/numpy/creation.py
# =================================================================================================================

# numpy part: array creation. Grids, sequences, diagonals and triangles.


def ascontiguousarray(a, dtype=None, *, like=None):
    a = asarray(a, dtype=dtype)
    if a.ndim == 0:
        return a.reshape(1)
    return a.copy()


# --- grids and sequences -----------------------------------------------------------------------------------------

def meshgrid(*xi, copy=True, sparse=False, indexing='xy'):
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
    args = indices(shape, dtype=dtype)
    return function(*[args[i] for i in range(len(tuple(shape)))], **kwargs)


def logspace(start, stop, num=50, endpoint=True, base=10.0, dtype=None, axis=0):
    y = linspace(start, stop, num=num, endpoint=endpoint)
    r = power(base, y)
    if dtype is not None:
        r = r.astype(dtype)
    return r


def geomspace(start, stop, num=50, endpoint=True, dtype=None, axis=0):
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
    return diag(asarray(v).ravel(), k)


def diagonal(a, offset=0, axis1=0, axis2=1):
    a = asarray(a)
    if a.ndim < 2:
        raise ValueError("diag requires an array of at least two dimensions")
    ax1 = _normalize_axis(axis1, a.ndim)
    ax2 = _normalize_axis(axis2, a.ndim)
    if ax1 == ax2:
        raise ValueError("axis1 and axis2 cannot be the same")
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
    d = diagonal(a, offset, axis1, axis2)
    return d.sum(axis=-1, dtype=dtype)


def tri(N, M=None, k=0, dtype=float, *, like=None):
    if M is None:
        M = N
    m = arange(N).reshape(N, 1) >= arange(-k, M - k).reshape(1, M)
    return m.astype(dtype)


def tril(m, k=0):
    m = asarray(m)
    mask = tri(m.shape[-2], m.shape[-1], k=k, dtype=bool_)
    return where(mask, m, zeros(1, dtype=m.dtype))


def triu(m, k=0):
    m = asarray(m)
    mask = tri(m.shape[-2], m.shape[-1], k=k - 1, dtype=bool_)
    return where(mask, zeros(1, dtype=m.dtype), m)


# =================================================================================================================
# stdlib/numpy/shape.py
# =================================================================================================================

# numpy part: shape manipulation. Dimensions, stacking, flipping, tiling, splitting, inserting, padding.


# --- dimensions and stacking -------------------------------------------------------------------------------------

def atleast_1d(*arys):
    res = [asarray(a) if asarray(a).ndim >= 1 else asarray(a).reshape(1) for a in arys]
    return res[0] if len(res) == 1 else tuple(res)


def atleast_2d(*arys):
    res = []
    for a in arys:
        a = asarray(a)
        if a.ndim == 0:
            a = a.reshape(1, 1)
        elif a.ndim == 1:
            a = a.reshape(1, a.shape[0])
        res.append(a)
    return res[0] if len(res) == 1 else tuple(res)


def atleast_3d(*arys):
    res = []
    for a in arys:
        a = asarray(a)
        if a.ndim == 0:
            a = a.reshape(1, 1, 1)
        elif a.ndim == 1:
            a = a.reshape(1, a.shape[0], 1)
        elif a.ndim == 2:
            a = a.reshape(a.shape[0], a.shape[1], 1)
        res.append(a)
    return res[0] if len(res) == 1 else tuple(res)


def vstack(tup):
    return concatenate([atleast_2d(a) for a in tup], axis=0)


def hstack(tup):
    arrs = [atleast_1d(a) for a in tup]
    if arrs and arrs[0].ndim == 1:
        return concatenate(arrs, axis=0)
    return concatenate(arrs, axis=1)


def dstack(tup):
    arrs = [atleast_3d(a) for a in tup]
    return concatenate(arrs, axis=2)


def column_stack(tup):
    cols = []
    for a in tup:
        a = asarray(a)
        if a.ndim < 2:
            a = a.reshape(a.size, 1)
        cols.append(a)
    return concatenate(cols, axis=1)


def ravel(a, order='C'):
    return asarray(a).ravel()


# Functions that the Rust side may already provide keep the Rust version.

try:
    moveaxis
except NameError:
    moveaxis = _moveaxis


def rollaxis(a, axis, start=0):
    a = asarray(a)
    n = a.ndim
    axis = _normalize_axis(axis, n)
    if start < 0:
        start += n
    if not (0 <= start < n + 1):
        raise ValueError("'start' arg requires " + str(-n) + " <= start < " + str(n + 1) + ", but " + str(start) +
                         " was passed in")
    if axis < start:
        start -= 1
    if axis == start:
        return a[...]
    axes = list(range(n))
    axes.remove(axis)
    axes.insert(start, axis)
    return a.transpose(tuple(axes))


# --- flipping, rolling, rotating ---------------------------------------------------------------------------------

def flip(m, axis=None):
    m = asarray(m)
    if axis is None:
        axes = list(range(m.ndim))
    else:
        axes = _axis_tuple(axis, m.ndim)
    idx = [slice(None)] * m.ndim
    for ax in axes:
        idx[ax] = slice(None, None, -1)
    return m[tuple(idx)]


def fliplr(m):
    m = asarray(m)
    if m.ndim < 2:
        raise ValueError("Input must be >= 2-d.")
    return m[:, ::-1]


def flipud(m):
    m = asarray(m)
    if m.ndim < 1:
        raise ValueError("Input must be >= 1-d.")
    return m[::-1, ...]


def rot90(m, k=1, axes=(0, 1)):
    m = asarray(m)
    axes = tuple(axes)
    if len(axes) != 2:
        raise ValueError("len(axes) must be 2.")
    if axes[0] == axes[1] or _iabs(axes[0] - axes[1]) == m.ndim:
        raise ValueError("Axes must be different.")
    if axes[0] >= m.ndim or axes[0] < -m.ndim or axes[1] >= m.ndim or axes[1] < -m.ndim:
        raise ValueError("Axes=" + str(axes) + " out of range for array of ndim=" + str(m.ndim) + ".")
    k = k % 4
    if k == 0:
        return m[:]
    if k == 2:
        return flip(flip(m, axes[0]), axes[1])
    a0 = _normalize_axis(axes[0], m.ndim)
    a1 = _normalize_axis(axes[1], m.ndim)
    perm = list(range(m.ndim))
    perm[a0] = a1
    perm[a1] = a0
    if k == 1:
        return flip(m, axes[1]).transpose(tuple(perm))
    return flip(m.transpose(tuple(perm)), axes[1])


def roll(a, shift, axis=None):
    a = asarray(a)
    if axis is None:
        return roll(a.ravel(), shift, 0).reshape(a.shape)
    axes = list(axis) if isinstance(axis, (tuple, list)) else [axis]
    shifts = list(shift) if isinstance(shift, (tuple, list)) else [shift]
    if len(shifts) == 1 and len(axes) > 1:
        shifts = shifts * len(axes)
    if len(axes) == 1 and len(shifts) > 1:
        axes = axes * len(shifts)
    if len(axes) != len(shifts):
        raise ValueError("'shift' and 'axis' should be scalars or 1D sequences")
    total = [0] * a.ndim
    for ax, sh in zip(axes, shifts):
        ax = _normalize_axis(ax, a.ndim)
        total[ax] += int(sh)
    res = a.copy()
    for ax in range(a.ndim):
        n = a.shape[ax]
        if n == 0:
            continue
        s = total[ax] % n
        if s == 0:
            continue
        res = concatenate((res[_slices(a.ndim, ax, slice(n - s, None))],
                           res[_slices(a.ndim, ax, slice(None, n - s))]), axis=ax)
    return res


# --- tiling, splitting, inserting, padding -----------------------------------------------------------------------

def tile(A, reps):
    if isinstance(reps, (tuple, list)):
        tup = tuple(int(r) for r in reps)
    else:
        tup = (int(reps),)
    d = len(tup)
    c = array(A, ndmin=d)
    if c.ndim > d:
        tup = (1,) * (c.ndim - d) + tup
    res = c.copy()
    for ax, r in enumerate(tup):
        if r == 1:
            continue
        if r == 0:
            res = res[_slices(res.ndim, ax, slice(0, 0))]
        else:
            res = concatenate([res] * r, axis=ax)
    return res


def array_split(ary, indices_or_sections, axis=0):
    ary = asarray(ary)
    axis = _normalize_axis(axis, ary.ndim)
    ntotal = ary.shape[axis]
    if isinstance(indices_or_sections, (tuple, list, ndarray)):
        points = [0] + [int(i) for i in indices_or_sections] + [ntotal]
        nsections = len(points) - 1
    else:
        nsections = int(indices_or_sections)
        if nsections <= 0:
            raise ValueError("number sections must be larger than 0.")
        each = ntotal // nsections
        extras = ntotal % nsections
        sizes = [0] + extras * [each + 1] + (nsections - extras) * [each]
        points = []
        acc = 0
        for s in sizes:
            acc += s
            points.append(acc)
    subs = []
    for i in range(nsections):
        subs.append(ary[_slices(ary.ndim, axis, slice(points[i], points[i + 1]))])
    return subs


def split(ary, indices_or_sections, axis=0):
    if not isinstance(indices_or_sections, (tuple, list, ndarray)):
        sections = int(indices_or_sections)
        n = asarray(ary).shape[axis]
        if sections == 0 or n % sections != 0:
            raise ValueError("array split does not result in an equal division")
    return array_split(ary, indices_or_sections, axis)


def hsplit(ary, indices_or_sections):
    ary = asarray(ary)
    if ary.ndim == 0:
        raise ValueError("hsplit only works on arrays of 1 or more dimensions")
    return split(ary, indices_or_sections, 1 if ary.ndim > 1 else 0)


def vsplit(ary, indices_or_sections):
    ary = asarray(ary)
    if ary.ndim < 2:
        raise ValueError("vsplit only works on arrays of 2 or more dimensions")
    return split(ary, indices_or_sections, 0)


def dsplit(ary, indices_or_sections):
    ary = asarray(ary)
    if ary.ndim < 3:
        raise ValueError("dsplit only works on arrays of 3 or more dimensions")
    return split(ary, indices_or_sections, 2)


def append(arr, values, axis=None):
    arr = asarray(arr)
    if axis is None:
        if arr.ndim != 1:
            arr = arr.ravel()
        values = asarray(values).ravel()
        axis = arr.ndim - 1
    return concatenate((arr, values), axis=axis)


def _stable_ranks(idx):
    # The position of each element in a stable ascending sort (a formula over the pairwise comparisons).
    n = idx.shape[0]
    pos = arange(n)
    before = (idx[None, :] < idx[:, None]) | ((idx[None, :] == idx[:, None]) & (pos[None, :] < pos[:, None]))
    return before.sum(axis=1)


def insert(arr, obj, values, axis=None):
    arr = asarray(arr)
    if axis is None:
        if arr.ndim != 1:
            arr = arr.ravel()
        axis = arr.ndim - 1
    else:
        axis = _normalize_axis(axis, arr.ndim)
    ndim = arr.ndim
    n = arr.shape[axis]
    newshape = list(arr.shape)
    if isinstance(obj, slice):
        indices = arange(n)[obj]
    else:
        indices = array(obj)
        if indices.dtype.kind == 'b':
            raise NotImplementedError("np.insert with a boolean obj is not supported by nabla yet")
        if indices.ndim > 1:
            raise ValueError("index array argument obj to insert must be one dimensional or scalar")
    if indices.ndim == 0 and not isinstance(obj, slice):
        index = int(indices)
        if index < -n or index > n:
            raise IndexError("index " + str(obj) + " is out of bounds for axis " + str(axis) + " with size " + str(n))
        if index < 0:
            index += n
        vals = array(values, ndmin=ndim, dtype=arr.dtype)
        vals = _moveaxis(vals, 0, axis)
        numnew = vals.shape[axis]
        newshape[axis] += numnew
        new = empty(tuple(newshape), dtype=arr.dtype)
        new[_slices(ndim, axis, slice(None, index))] = arr[_slices(ndim, axis, slice(None, index))]
        new[_slices(ndim, axis, slice(index, index + numnew))] = vals
        new[_slices(ndim, axis, slice(index + numnew, None))] = arr[_slices(ndim, axis, slice(index, None))]
        return new
    if indices.size == 0:
        indices = indices.astype(int64)
    indices = where(indices < 0, indices + n, indices)
    numnew = indices.shape[0]
    try:
        order = argsort(indices, kind='stable')
        ranks = empty(numnew, dtype=int64)
        ranks[order] = arange(numnew)
    except NameError:
        ranks = _stable_ranks(indices)
    indices = indices + ranks
    newshape[axis] += numnew
    old_mask = ones(newshape[axis], dtype=bool_)
    old_mask[indices] = False
    new = empty(tuple(newshape), dtype=arr.dtype)
    new[_slices(ndim, axis, indices)] = array(values, dtype=arr.dtype)
    new[_slices(ndim, axis, arange(newshape[axis])[old_mask])] = arr
    return new


def delete(arr, obj, axis=None):
    arr = asarray(arr)
    if axis is None:
        if arr.ndim != 1:
            arr = arr.ravel()
        axis = arr.ndim - 1
    else:
        axis = _normalize_axis(axis, arr.ndim)
    n = arr.shape[axis]
    keep = ones(n, dtype=bool_)
    if isinstance(obj, slice):
        keep[obj] = False
    else:
        o = asarray(obj)
        if o.dtype.kind == 'b':
            if o.shape != (n,):
                raise ValueError("boolean array argument obj to delete must be one dimensional and match the "
                                 "axis length of " + str(n))
            keep = ~o
        else:
            if o.size == 0:
                o = o.astype(int64)
            if o.ndim == 0:
                i = int(o)
                if i < -n or i >= n:
                    raise IndexError("index " + str(i) + " is out of bounds for axis " + str(axis) +
                                     " with size " + str(n))
            keep[o] = False
    return _take_along(arr, arange(n)[keep], axis)


def pad(array, pad_width, mode='constant', **kwargs):
    arr = asarray(array)
    nd = arr.ndim
    pw = asarray(pad_width)
    if pw.dtype.kind not in 'iu':
        raise TypeError("`pad_width` must be of integral type.")
    pairs = _as_pairs(pw, nd)
    for p in pairs:
        if p[0] < 0 or p[1] < 0:
            raise ValueError("index can't contain negative values")
    newshape = tuple(arr.shape[i] + pairs[i][0] + pairs[i][1] for i in range(nd))
    padded = empty(newshape, dtype=arr.dtype)
    orig = tuple(slice(pairs[i][0], pairs[i][0] + arr.shape[i]) for i in range(nd))
    padded[orig] = arr
    if mode == 'constant':
        cv = asarray(kwargs.get('constant_values', 0))
        cpairs = _as_pairs(cv, nd, False)
    elif mode not in ('edge', 'reflect', 'symmetric', 'wrap'):
        raise NotImplementedError("np.pad(mode='" + str(mode) + "') is not supported by nabla yet")
    for ax in range(nd):
        roi = padded[tuple(slice(None) for i in range(ax + 1)) + orig[ax + 1:]]
        before, after = pairs[ax]
        size = arr.shape[ax]
        total = newshape[ax]
        if mode == 'constant':
            roi[_slices(nd, ax, slice(0, before))] = cpairs[ax][0]
            roi[_slices(nd, ax, slice(total - after, total))] = cpairs[ax][1]
            continue
        if (before > 0 or after > 0) and size == 0:
            raise ValueError("can't extend empty axis " + str(ax) + " using modes other than 'constant' or 'empty'")
        if mode == 'edge':
            roi[_slices(nd, ax, slice(0, before))] = roi[_slices(nd, ax, slice(before, before + 1))]
            roi[_slices(nd, ax, slice(total - after, total))] = roi[_slices(nd, ax, slice(total - after - 1, total - after))]
            continue
        # reflect / symmetric / wrap: index maps computed with integer formulas, then one gather.
        pos = arange(total) - before
        if mode == 'wrap':
            src = pos % size
        else:
            if mode == 'reflect':
                period = 2 * size - 2 if size > 1 else 1
                q = pos % period
                src = where(q < size, q, period - q)
            else:
                period = 2 * size
                q = pos % period
                src = where(q < size, q, period - 1 - q)
        roi[...] = _take_along(roi, src + before, ax)
    return padded


def _as_pairs(x, ndim, as_index=True):
    x = asarray(x)
    if x.size == 1:
        v = x.ravel()[0]
        v = int(v) if as_index else v
        return [(v, v)] * ndim
    if x.size == 2 and x.shape != (2, 1):
        f = x.ravel()
        a = int(f[0]) if as_index else f[0]
        b = int(f[1]) if as_index else f[1]
        return [(a, b)] * ndim
    if x.ndim == 2 and x.shape[0] == ndim and x.shape[1] == 2:
        full_ = x
    elif x.ndim == 2 and x.shape[0] == 1 and x.shape[1] == 2:
        full_ = concatenate([x] * ndim, axis=0)
    else:
        raise ValueError("operands could not be broadcast together with remapped shapes")
    res = []
    for i in range(ndim):
        a = full_[i, 0]
        b = full_[i, 1]
        res.append((int(a), int(b)) if as_index else (a, b))
    return res


# --- block ---------------------------------------------------------------------------------------------------------

def _block_format_index(index):
    return 'arrays' + ''.join('[' + str(i) + ']' for i in index if i is not None)


def _block_check_depths_match(arrays, parent_index):
    # (index of the first bottom element, the largest array ndim, total size); None ends an empty list's index.
    if isinstance(arrays, tuple):
        raise TypeError(_block_format_index(parent_index) + " is a tuple. Only lists can be used to arrange blocks, "
                        "and np.block does not allow implicit conversion from tuple to ndarray.")
    if isinstance(arrays, list) and len(arrays) > 0:
        first_index = None
        max_arr_ndim = 0
        final_size = 0
        for i, arr in enumerate(arrays):
            index, nd, size = _block_check_depths_match(arr, parent_index + [i])
            final_size += size
            if first_index is None:
                first_index = index
                max_arr_ndim = nd
                continue
            if nd > max_arr_ndim:
                max_arr_ndim = nd
            if len(index) != len(first_index):
                raise ValueError("List depths are mismatched. First element was at depth " + str(len(first_index)) +
                                 ", but there is an element at depth " + str(len(index)) + " (" +
                                 _block_format_index(index) + ")")
            if index[-1] is None:
                first_index = index
        return first_index, max_arr_ndim, final_size
    if isinstance(arrays, list):
        return parent_index + [None], 0, 0
    a = asarray(arrays)
    return parent_index, a.ndim, a.size


def _block(arrays, max_depth, result_ndim, depth):
    if depth < max_depth:
        arrs = [_block(arr, max_depth, result_ndim, depth + 1) for arr in arrays]
        return concatenate(arrs, axis=-(max_depth - depth))
    return array(arrays, ndmin=result_ndim)


def block(arrays):
    bottom_index, arr_ndim, final_size = _block_check_depths_match(arrays, [])
    list_ndim = len(bottom_index)
    if bottom_index and bottom_index[-1] is None:
        raise ValueError("List at " + _block_format_index(bottom_index) + " cannot be empty")
    result_ndim = _imax(arr_ndim, list_ndim)
    return _block(arrays, list_ndim, result_ndim, 0)


# =================================================================================================================
# stdlib/numpy/indexing.py
# =================================================================================================================

# numpy part: index tricks. Index expressions, index conversions, index iterators and diagonal/triangle indices.


class _IndexExpression:
    """`np.s_` and `np.index_exp`: turn index syntax into the index object."""

    def __init__(self, maketuple):
        self.maketuple = maketuple

    def __getitem__(self, item):
        if self.maketuple and not isinstance(item, tuple):
            return (item,)
        return item


s_ = _IndexExpression(False)


index_exp = _IndexExpression(True)


def ix_(*args):
    out = []
    nd = len(args)
    for k, new in enumerate(args):
        new = asarray(new)
        if new.ndim != 1:
            raise ValueError("Cross index must be 1 dimensional")
        if new.size == 0:
            new = new.astype(int64)
        if new.dtype.kind == 'b':
            new = arange(new.shape[0])[new]
        shape = [1] * nd
        shape[k] = new.size
        out.append(new.reshape(tuple(shape)))
    return tuple(out)


def unravel_index(indices, shape, order='C'):
    if order != 'C':
        raise NotImplementedError("np.unravel_index(order='F') is not supported by nabla yet")
    shape = tuple(shape) if isinstance(shape, (tuple, list)) else (shape,)
    idx = asarray(indices)
    if idx.dtype.kind not in 'iu':
        raise TypeError("only int indices permitted")
    total = 1
    for d in shape:
        total *= d
    if (idx < 0).any() or (idx >= total).any():
        bad = idx.ravel()[((idx < 0) | (idx >= total)).ravel()][0]
        raise ValueError("index " + str(int(bad)) + " is out of bounds for array with size " + str(total))
    idx = idx.astype(int64)
    res = []
    for d in shape[::-1]:
        res.append(_scalar_out(idx % d))
        idx = idx // d
    return tuple(res[::-1])


def ravel_multi_index(multi_index, dims, mode='raise', order='C'):
    if order != 'C':
        raise NotImplementedError("np.ravel_multi_index(order='F') is not supported by nabla yet")
    dims = tuple(dims)
    if len(multi_index) != len(dims):
        raise ValueError("parameter multi_index must be a sequence of length " + str(len(dims)))
    res = None
    for ind, d in zip(multi_index, dims):
        ind = asarray(ind).astype(int64)
        if mode == 'wrap':
            ind = ind % d
        elif mode == 'clip':
            ind = clip(ind, 0, d - 1)
        elif (ind < 0).any() or (ind >= d).any():
            raise ValueError("invalid entry in coordinates array")
        res = ind if res is None else res * d + ind
    return _scalar_out(res)


class ndindex:
    """Iterate over the index tuples of an array shape (C order)."""

    def __init__(self, *shape):
        if len(shape) == 1 and isinstance(shape[0], (tuple, list)):
            shape = tuple(shape[0])
        self.shape = tuple(shape)
        self._pos = None
        total = 1
        for d in self.shape:
            total *= d
        self._left = total

    def __iter__(self):
        return self

    def __next__(self):
        if self._left <= 0:
            raise StopIteration
        self._left -= 1
        if self._pos is None:
            self._pos = [0] * len(self.shape)
        else:
            i = len(self.shape) - 1
            while i >= 0:
                self._pos[i] += 1
                if self._pos[i] < self.shape[i]:
                    break
                self._pos[i] = 0
                i -= 1
        return tuple(self._pos)


class ndenumerate:
    """Iterate over (index tuple, element) pairs of an array."""

    def __init__(self, arr):
        self._arr = asarray(arr)
        self._it = ndindex(self._arr.shape)

    def __iter__(self):
        return self

    def __next__(self):
        i = next(self._it)
        return i, self._arr[i]


def fill_diagonal(a, val, wrap=False):
    if a.ndim < 2:
        raise ValueError("array must be at least 2-d")
    if a.ndim == 2:
        n = a.shape[0] if a.shape[0] < a.shape[1] else a.shape[1]
        if wrap and a.shape[0] > a.shape[1]:
            rows = arange(a.shape[0])
            rows = rows[(rows % (a.shape[1] + 1)) < a.shape[1]]
            cols = rows % (a.shape[1] + 1)
        else:
            rows = arange(n)
            cols = rows
    else:
        for d in a.shape[1:]:
            if d != a.shape[0]:
                raise ValueError("All dimensions of input must be of equal length")
        rows = arange(a.shape[0])
        cols = None
    v = asarray(val).ravel()
    if v.size > 1:
        reps = rows.shape[0] // v.size + 1
        v = tile(v, reps)[:rows.shape[0]]
    if cols is None:
        a[tuple([rows] * a.ndim)] = v
    else:
        a[rows, cols] = v


def diag_indices(n, ndim=2):
    idx = arange(n)
    return tuple([idx] * ndim)


def diag_indices_from(arr):
    if arr.ndim < 2:
        raise ValueError("input array must be at least 2-d")
    return diag_indices(arr.shape[0], arr.ndim)


def _mask_indices(mask):
    ii = indices(mask.shape)
    return (ii[0][mask], ii[1][mask])


def tril_indices(n, k=0, m=None):
    return _mask_indices(tri(n, m, k=k, dtype=bool_))


def triu_indices(n, k=0, m=None):
    return _mask_indices(~tri(n, m, k=k - 1, dtype=bool_))


def tril_indices_from(arr, k=0):
    if arr.ndim != 2:
        raise ValueError("input array must be 2-d")
    return tril_indices(arr.shape[-2], k=k, m=arr.shape[-1])


def triu_indices_from(arr, k=0):
    if arr.ndim != 2:
        raise ValueError("input array must be 2-d")
    return triu_indices(arr.shape[-2], k=k, m=arr.shape[-1])


# --- grids and concatenation by index syntax ----------------------------------------------------------------------

def _ceil_int(x):
    i = int(x)
    return i + 1 if x > i else i


class _GridIndex:
    """`np.mgrid` (dense) and `np.ogrid` (sparse): arange/linspace grids from slice syntax; a complex step such as
    `5j` is the number of points, stop included."""

    def __init__(self, sparse):
        self.sparse = sparse

    def __getitem__(self, key):
        if isinstance(key, tuple):
            size = []
            num_list = [0]
            for kk in key:
                step = kk.step
                start = kk.start
                stop = kk.stop
                if start is None:
                    start = 0
                if step is None:
                    step = 1
                if isinstance(step, complex):
                    step = abs(step)
                    size.append(int(step))
                else:
                    size.append(_ceil_int((stop - start) / step))
                num_list += [start, stop, step]
            typ = _result_type(*num_list)
            if self.sparse:
                nn = [arange(n, dtype=typ) for n in size]
            else:
                nn = indices(size, typ)
            for k, kk in enumerate(key):
                step = kk.step
                start = kk.start
                if start is None:
                    start = 0
                if step is None:
                    step = 1
                if isinstance(step, complex):
                    step = int(abs(step))
                    if step != 1:
                        step = (kk.stop - start) / float(step - 1)
                nn[k] = nn[k] * step + start
            if self.sparse:
                slobj = [newaxis] * len(size)
                for k in range(len(size)):
                    slobj[k] = slice(None, None)
                    nn[k] = nn[k][tuple(slobj)]
                    slobj[k] = newaxis
                return tuple(nn)
            return nn
        step = key.step
        stop = key.stop
        start = key.start
        if start is None:
            start = 0
        if isinstance(step, complex):
            step_float = abs(step)
            step = length = int(step_float)
            if step != 1:
                step = (key.stop - start) / float(step - 1)
            typ = _result_type(start, stop, step_float)
            return arange(0, length, 1, dtype=typ) * step + start
        return arange(start, stop, step)

    def __len__(self):
        return 0


mgrid = _GridIndex(False)
ogrid = _GridIndex(True)


class _AxisConcatenator:
    """`np.r_` and `np.c_`: concatenate slices (as arange/linspace), scalars and arrays given in index syntax."""

    def __init__(self, axis, ndmin, trans1d):
        self.axis = axis
        self.ndmin = ndmin
        self.trans1d = trans1d

    def __getitem__(self, key):
        if isinstance(key, str):
            raise NotImplementedError("np.r_/np.c_ matrix strings are not supported by nabla yet")
        if not isinstance(key, tuple):
            key = (key,)
        trans1d = self.trans1d
        ndmin = self.ndmin
        axis = self.axis
        objs = []
        rt_objs = []
        for k, item in enumerate(key):
            scalar = False
            if isinstance(item, slice):
                step = item.step
                start = item.start
                stop = item.stop
                if start is None:
                    start = 0
                if step is None:
                    step = 1
                if isinstance(step, complex):
                    newobj = linspace(start, stop, num=int(abs(step)))
                else:
                    newobj = arange(start, stop, step)
                if ndmin > 1:
                    newobj = array(newobj, ndmin=ndmin)
                    if trans1d != -1:
                        newobj = newobj.swapaxes(-1, trans1d)
            elif isinstance(item, str):
                if k != 0:
                    raise ValueError("special directives must be the first entry.")
                if item in ('r', 'c'):
                    raise NotImplementedError("np.r_/np.c_ matrix directives ('r', 'c') are not supported by nabla "
                                              "yet")
                if ',' in item:
                    vec = item.split(',')
                    try:
                        axis = int(vec[0])
                        ndmin = int(vec[1])
                        if len(vec) == 3:
                            trans1d = int(vec[2])
                    except Exception:
                        raise ValueError("unknown special directive " + repr(item))
                    continue
                try:
                    axis = int(item)
                except (ValueError, TypeError):
                    raise ValueError("unknown special directive")
                continue
            elif isinstance(item, (int, float, complex)) and not isinstance(item, ndarray):
                scalar = True
                newobj = item
            else:
                item_ndim = ndim(item)
                newobj = array(item, ndmin=ndmin)
                if trans1d != -1 and item_ndim < ndmin:
                    k2 = ndmin - item_ndim
                    k1 = trans1d
                    if k1 < 0:
                        k1 += k2 + 1
                    defaxes = list(range(ndmin))
                    axes = defaxes[:k1] + defaxes[k2:] + defaxes[k1:k2]
                    newobj = newobj.transpose(tuple(axes))
            objs.append(newobj)
            rt_objs.append(item if scalar else newobj.dtype)
        if len(rt_objs) != 0:
            final_dtype = _result_type(*rt_objs)
            objs = [array(obj, ndmin=ndmin, dtype=final_dtype) for obj in objs]
        return concatenate(tuple(objs), axis=axis)

    def __len__(self):
        return 0


r_ = _AxisConcatenator(0, 1, -1)
c_ = _AxisConcatenator(-1, 2, 0)


# =================================================================================================================
# stdlib/numpy/math.py
# =================================================================================================================

# numpy part: mathematical functions. Complex parts, differences, products, integration, interpolation and
# floating-point helpers.


euler_gamma = 0.5772156649015329


def real(val):
    return asarray(val).real


def imag(val):
    return asarray(val).imag


def square(x):
    return multiply(x, x)


def angle(z, deg=False):
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
    a = asarray(a).ravel()
    b = asarray(b).ravel()
    return multiply(a[:, None], b[None, :])


def inner(a, b):
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
    a = asarray(a).ravel()
    b = asarray(b).ravel()
    if a.dtype.kind == 'c' or b.dtype.kind == 'c':
        return (conjugate(a) * b).sum()
    return dot(a, b)


def tensordot(a, b, axes=2):
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


def _interval_index(xp, x):
    # For each x the j with xp[j] <= x < xp[j+1] (-1 below xp[0]); xp is increasing.
    try:
        return searchsorted(xp, x, side='right') - 1
    except NameError:
        return (xp <= asarray(x)[..., None]).sum(axis=-1) - 1


def interp(x, xp, fp, left=None, right=None, period=None):
    if period is not None:
        raise NotImplementedError("np.interp(period=...) is not supported by nabla yet")
    x = asarray(x, dtype=float64)
    xp = asarray(xp, dtype=float64)
    fp = asarray(fp)
    if fp.dtype.kind == 'c':
        raise NotImplementedError("np.interp with complex fp is not supported by nabla yet")
    fp = fp.astype(float64)
    if xp.ndim != 1 or fp.ndim != 1:
        raise ValueError("object too deep for desired array")
    n = xp.shape[0]
    if n == 0:
        raise ValueError("array of sample points is empty")
    if fp.shape[0] != n:
        raise ValueError("fp and xp are not of the same length.")
    lval = fp[0] if left is None else left
    rval = fp[-1] if right is None else right
    if n == 1:
        res = where(x == xp[0], fp[0], x)
    else:
        # j: the interval holding each x (xp[j] <= x < xp[j+1]), counted with one broadcast comparison.
        j = _interval_index(xp, x)
        j = clip(j, 0, n - 2)
        xj = xp[j]
        xj1 = xp[j + 1]
        fj = fp[j]
        fj1 = fp[j + 1]
        slope = (fj1 - fj) / (xj1 - xj)
        res = slope * (x - xj) + fj
        alt = slope * (x - xj1) + fj1
        alt = where(isnan(alt) & (fj == fj1), fj, alt)
        res = where(isnan(res), alt, res)
        res = where(x == xj, fj, res)
        res = where(x == xp[-1], fp[-1], res)
    res = where(x < xp[0], lval, res)
    res = where(x > xp[-1], rval, res)
    res = asarray(res, dtype=float64)
    return res[()] if res.ndim == 0 else res


# --- floating-point helpers --------------------------------------------------------------------------------------

def fix(x, out=None):
    x = asarray(x)
    if x.dtype.kind not in 'fc':
        r = x.copy()
    else:
        r = where(x >= 0, floor(x), ceil(x))
    return _scalar_out(r)


def signbit(x, out=None):
    x = asarray(x)
    r = (x < 0) | ((x == 0) & (true_divide(1.0, where(x == 0, x, 1)) < 0))
    return _scalar_out(r)


def copysign(x1, x2, out=None):
    dt = _inexact_dtype(x1, x2)
    mag = absolute(asarray(x1).astype(dt))
    neg = signbit(x2)
    r = where(neg, -mag, mag)
    return _scalar_out(asarray(r).astype(dt))


def fmod(x1, x2, out=None):
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
    return logical_and(isinf(x), greater(x, 0))


def isneginf(x, out=None):
    return logical_and(isinf(x), less(x, 0))


def nan_to_num(x, copy=True, nan=0.0, posinf=None, neginf=None):
    xa = asarray(x)
    if xa.dtype.kind == 'c':
        raise NotImplementedError("np.nan_to_num of complex input is not supported by nabla yet")
    if xa.dtype.kind != 'f':
        return _scalar_out(xa.copy())
    info = finfo(xa.dtype)
    big = info.max if posinf is None else posinf
    small = info.min if neginf is None else neginf
    r = where(isnan(xa), nan, xa)
    r = where(isinf(r) & (r > 0), big, r)
    r = where(isinf(r) & (r < 0), small, r)
    return _scalar_out(asarray(r).astype(xa.dtype))


def logaddexp2(x1, x2, out=None):
    dt = _inexact_dtype(x1, x2)
    a = asarray(x1).astype(dt)
    b = asarray(x2).astype(dt)
    d = a - b
    log2e = 1.4426950408889634
    pos = a + log2e * log1p(exp2(-d))
    neg = b + log2e * log1p(exp2(d))
    r = where(d > 0, pos, neg)
    r = where(a == b, a + 1, r)
    return _scalar_out(r)


def float_power(x1, x2, out=None):
    d = asarray(add(x1, x2)).dtype
    dt = complex128 if d.kind == 'c' else float64
    return _scalar_out(power(asarray(x1).astype(dt), asarray(x2).astype(dt)))


def divmod(x1, x2, out1=None, out2=None):
    return (floor_divide(x1, x2), remainder(x1, x2))


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
    p = asarray(p)
    x = asarray(x)
    y = zeros_like(x)
    for pv in p:
        y = y * x + pv
    return _scalar_out(y) if x.ndim == 0 and p.shape[0] > 0 else y


# =================================================================================================================
# stdlib/numpy/stats.py
# =================================================================================================================

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


# =================================================================================================================
# stdlib/numpy/sets.py
# =================================================================================================================

# numpy part: sorting and sets. lexsort, partition, unique (axis=, equal_nan=, sorted=), the NumPy 2 unique_*
# functions with their result tuples, and the set operations.


# --- sorting -----------------------------------------------------------------------------------------------------

def lexsort(keys, axis=-1):
    # Repeated stable sorts, least significant key (the first) first.
    if isinstance(keys, tuple) or isinstance(keys, list):
        ks = [asarray(k) for k in keys]
    else:
        keys = asarray(keys)
        ks = [keys[i] for i in range(keys.shape[0])] if keys.ndim > 0 else []
    if len(ks) == 0:
        raise TypeError("need sequence of keys with len > 0 in lexsort")
    shape = ks[0].shape
    for k in ks:
        if k.shape != shape:
            raise ValueError("all keys need to be the same shape")
    if len(shape) == 0:
        return int64(0)
    ax = _normalize_axis(axis, len(shape))
    n = shape[ax]
    view = [1] * len(shape)
    view[ax] = n
    order = _bcast_to(arange(n).reshape(tuple(view)), shape)
    for k in ks:
        idx = argsort(take_along_axis(k, order, ax), axis=ax, kind='stable')
        order = take_along_axis(order, idx, ax)
    return order


def _check_kth(kth, n):
    for k in asarray(kth).ravel().tolist():
        if k < -n or k >= n:
            raise ValueError("kth(=" + str(k) + ") out of bounds (" + str(n) + ")")


def partition(a, kth, axis=-1, kind='introselect', order=None):
    # A full sort is a valid partition for every kth.
    a = asarray(a)
    if axis is None:
        a = a.ravel()
        axis = -1
    if a.ndim == 0:
        raise ValueError("Cannot partition a 0-d array")
    _check_kth(kth, a.shape[_normalize_axis(axis, a.ndim)])
    return sort(a, axis=axis)


def argpartition(a, kth, axis=-1, kind='introselect', order=None):
    a = asarray(a)
    if axis is None:
        a = a.ravel()
        axis = -1
    if a.ndim == 0:
        raise ValueError("Cannot partition a 0-d array")
    _check_kth(kth, a.shape[_normalize_axis(axis, a.ndim)])
    return argsort(a, axis=axis, kind='stable')


# --- unique --------------------------------------------------------------------------------------------------------

# The Rust kernel: sorted unique values of the flattened array (NaNs collapse), with the optional index arrays.
_unique_sorted_kernel = unique

# NumPy's unsorted unique (`sorted=False`, unique_values) returns the order of a libstdc++ std::unordered_set keyed
# by the FNV-1a hash of each element's bytes; the bucket counts below are libstdc++'s (_Prime_rehash_policy).
_FAST_BKT = [2, 2, 2, 3, 5, 5, 7, 7, 11, 11, 11, 11, 13, 13]
_BKT_PRIMES = [
    17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 103, 109, 113, 127, 137, 139, 149,
    157, 167, 179, 193, 199, 211, 227, 241, 257, 277, 293, 313, 337, 359, 383, 409, 439, 467, 503, 541, 577, 619, 661,
    709, 761, 823, 887, 953, 1031, 1109, 1193, 1289, 1381, 1493, 1613, 1741, 1879, 2029, 2179, 2357, 2549, 2753, 2971,
    3209, 3469, 3739, 4027, 4349, 4703, 5087, 5503, 5953, 6427, 6949, 7517, 8123, 8783, 9497, 10273, 11113, 12011,
    12983, 14033, 15173, 16411, 17749, 19183, 20753, 22447, 24281, 26267, 28411, 30727, 33223, 35933, 38873, 42043,
    45481, 49201, 53201, 57557, 62233, 67307, 72817, 78779, 85229, 92203, 99733, 107897, 116731, 126271, 136607,
    147793, 159871, 172933, 187091, 202409, 218971, 236897, 256279, 277261, 299951, 324503, 351061, 379787, 410857,
    444487, 480881, 520241, 562841, 608903, 658753, 712697, 771049, 834181, 902483, 976369, 1056323, 1142821, 1236397,
    1337629, 1447153, 1565659, 1693859, 1832561, 1982627, 2144977, 2320627, 2510653, 2716249, 2938679, 3179303,
    3439651, 3721303, 4026031, 4355707, 4712381, 5098259, 5515729, 5967347, 6456007, 6984629, 7556579, 8175383,
    8844859, 9569143, 10352717, 11200489, 12117689, 13109983, 14183539, 15345007, 16601593, 17961079, 19431899,
    21023161, 22744717, 24607243, 26622317, 28802401, 31160981, 33712729, 36473443, 39460231, 42691603, 46187573,
    49969847, 54061849, 58488943, 63278561, 68460391, 74066549, 80131819, 86693767, 93793069, 101473717, 109783337,
    118773397, 128499677, 139022417, 150406843, 162723577, 176048909, 190465427, 206062531, 222936881, 241193053,
    260944219, 282312799, 305431229, 330442829, 357502601, 386778277, 418451333, 452718089, 489790921, 529899637,
    573292817, 620239453, 671030513, 725980837, 785430967, 849749479, 919334987, 994618837, 1076067617, 1164186217,
    1259520799, 1362662261, 1474249943, 1594975441, 1725587117, 1866894511, 2019773507,
]


def _next_bkt(n):
    # (bucket count, next resize threshold) for a requested bucket count n.
    if n < 14:
        if n == 0:
            return 1, 0
        return _FAST_BKT[n], _FAST_BKT[n]
    for p in _BKT_PRIMES:
        if p >= n:
            return p, p
    raise NotImplementedError("np.unique(sorted=False) of more than 2**30 distinct values is not supported by nabla yet")


def _fnv1a(v, nbytes):
    # FNV-1a (64-bit) of each value's little-endian bytes, as (high, low) 32-bit halves in int64 arrays.
    m32 = 4294967295
    hi = full(v.shape, 3421674724, dtype=int64)
    lo = full(v.shape, 2216829733, dtype=int64)
    for k in range(nbytes):
        lo = lo ^ ((v >> (8 * k)) & 255)
        t = lo * 435
        hi = (hi * 435 + (t >> 32) + ((lo << 8) & m32)) & m32
        lo = t & m32
    return hi, lo


def _bucket_place(seq, hi, lo, nb):
    # List order after inserting the elements `seq` (in that order) into an empty table of nb buckets: each goes
    # to the front of its bucket's run, or to the front of the list when its bucket is new.
    k = seq.shape[0]
    if k == 0:
        return seq
    b = ((hi[seq] % nb) * (4294967296 % nb) + lo[seq]) % nb
    first, inv = _unique_sorted_kernel(b, return_index=True, return_inverse=True)[1:]
    key = first[inv] * k + arange(k)
    return seq[argsort(-key, kind='stable')]


def _unique_hash_order(ar):
    # NumPy's unsorted unique for integer arrays (ar is 1-d).
    isize = ar.shape[0]
    u, first = _unique_sorted_kernel(ar, return_index=True)
    u = u[argsort(first, kind='stable')]
    m = u.shape[0]
    hi, lo = _fnv1a(u.astype(int64), ar.dtype.itemsize)
    nb, nr = _next_bkt(isize if isize < 1024 else 1024)
    order = zeros(0, dtype=int64)
    start = 0
    while start < m:
        stop = m if m < nr else nr
        if stop > start:
            order = _bucket_place(concatenate((order[::-1], arange(start, stop))), hi, lo, nb)
            start = stop
        if start == m:
            break
        need = start + 1 if nr else _imax(start + 1, 11)
        if need >= nb:
            nb, nr = _next_bkt(_imax(need + 1, nb * 2))
            order = _bucket_place(order, hi, lo, nb)
        else:
            nr = nb
    return u[order]


def _unique1d(ar, return_index, return_inverse, return_counts, equal_nan, inverse_shape, is_sorted):
    ar = ar.ravel()
    optional_indices = return_index or return_inverse
    kind = ar.dtype.kind
    if not optional_indices and not return_counts and not is_sorted and kind in 'iuc':
        if kind == 'c':
            raise NotImplementedError("np.unique(sorted=False) of complex arrays is not supported by nabla yet")
        return (_unique_hash_order(ar),)
    has_nan = kind in 'fc' and ar.shape[0] > 0 and _pybool(isnan(ar).any())
    if not has_nan or equal_nan:
        ret = _unique_sorted_kernel(ar, return_index, return_inverse, return_counts)
        if not isinstance(ret, tuple):
            ret = (ret,)
        if return_inverse:
            k = 2 if return_index else 1
            ret = ret[:k] + (ret[k].reshape(inverse_shape),) + ret[k + 1:]
        return ret
    # equal_nan=False with NaNs present: every NaN is its own value (NaN != NaN).
    perm = argsort(ar, kind='stable')
    aux = ar[perm]
    mask = concatenate((ones(1, dtype=bool_), aux[1:] != aux[:-1]))
    ret = (aux[mask],)
    if return_index:
        ret += (perm[mask],)
    if return_inverse:
        inv = empty(mask.shape, dtype=int64)
        inv[perm] = cumsum(mask) - 1
        ret += (inv.reshape(inverse_shape),)
    if return_counts:
        idx = concatenate((nonzero(mask)[0], asarray([mask.shape[0]])))
        ret += (diff(idx),)
    return ret


def _unique_rows(ar, return_index, return_inverse, return_counts):
    # Unique rows of a 2-d array, ordered lexicographically (NumPy compares the rows as structured records).
    n = ar.shape[0]
    if ar.shape[1] == 0:
        perm = arange(n)
        mask = arange(n) < 1
    else:
        perm = lexsort([ar[:, j] for j in range(ar.shape[1] - 1, -1, -1)])
        aux = ar[perm]
        mask = concatenate((ones(1 if n else 0, dtype=bool_), (aux[1:] != aux[:-1]).any(axis=1)))
    ret = (ar[perm[mask]],)
    if return_index:
        ret += (perm[mask],)
    if return_inverse:
        inv = empty(mask.shape, dtype=int64)
        inv[perm] = cumsum(mask) - 1
        ret += (inv,)
    if return_counts:
        idx = concatenate((nonzero(mask)[0], asarray([mask.shape[0]])))
        ret += (diff(idx),)
    return ret


def unique(ar, return_index=False, return_inverse=False, return_counts=False, axis=None, *, equal_nan=True,
           sorted=True):
    ar = asarray(ar)
    if axis is None or ar.ndim == 1:
        if axis is not None:
            _normalize_axis(axis, ar.ndim)
        ret = _unique1d(ar, return_index, return_inverse, return_counts, equal_nan, ar.shape, sorted)
        return ret[0] if len(ret) == 1 else ret
    ax = _normalize_axis(axis, ar.ndim)
    moved = _moveaxis(ar, ax, 0)
    orig_shape = moved.shape
    inner = 1
    for d in orig_shape[1:]:
        inner *= d
    ret = _unique_rows(moved.reshape((orig_shape[0], inner)), return_index, return_inverse, return_counts)
    uniq = _moveaxis(ret[0].reshape((ret[0].shape[0],) + tuple(orig_shape[1:])), 0, ax)
    ret = (uniq,) + ret[1:]
    return ret[0] if len(ret) == 1 else ret


class _ResultTuple:
    """The NumPy 2 unique_* results: named tuples that print as `Name(field=value, ...)`."""

    def __init__(self, name, fields, values):
        self._name = name
        self._fields = fields
        self._values = tuple(values)
        for f, v in zip(fields, values):
            setattr(self, f, v)

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return len(self._values)

    def __getitem__(self, i):
        return self._values[i]

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __repr__(self):
        return self._name + "(" + ", ".join(f + "=" + repr(v) for f, v in zip(self._fields, self._values)) + ")"

    def __str__(self):
        return self.__repr__()


def unique_all(x):
    r = unique(x, return_index=True, return_inverse=True, return_counts=True, equal_nan=False)
    return _ResultTuple("UniqueAllResult", ("values", "indices", "inverse_indices", "counts"), r)


def unique_counts(x):
    r = unique(x, return_counts=True, equal_nan=False)
    return _ResultTuple("UniqueCountsResult", ("values", "counts"), r)


def unique_inverse(x):
    r = unique(x, return_inverse=True, equal_nan=False)
    return _ResultTuple("UniqueInverseResult", ("values", "inverse_indices"), r)


def unique_values(x):
    return unique(x, equal_nan=False, sorted=False)


# --- set operations ------------------------------------------------------------------------------------------------

def intersect1d(ar1, ar2, assume_unique=False, return_indices=False):
    ar1 = asarray(ar1)
    ar2 = asarray(ar2)
    if not assume_unique:
        if return_indices:
            ar1, ind1 = unique(ar1, return_index=True)
            ar2, ind2 = unique(ar2, return_index=True)
        else:
            ar1 = unique(ar1)
            ar2 = unique(ar2)
    else:
        ar1 = ar1.ravel()
        ar2 = ar2.ravel()
    aux = concatenate((ar1, ar2))
    if return_indices:
        aux_sort_indices = argsort(aux, kind='stable')
        aux = aux[aux_sort_indices]
    else:
        aux = sort(aux)
    mask = aux[1:] == aux[:-1]
    int1d = aux[:-1][mask]
    if return_indices:
        ar1_indices = aux_sort_indices[:-1][mask]
        ar2_indices = aux_sort_indices[1:][mask] - ar1.size
        if not assume_unique:
            ar1_indices = ind1[ar1_indices]
            ar2_indices = ind2[ar2_indices]
        return int1d, ar1_indices, ar2_indices
    return int1d


def setxor1d(ar1, ar2, assume_unique=False):
    if not assume_unique:
        ar1 = unique(ar1)
        ar2 = unique(ar2)
    aux = concatenate((asarray(ar1).ravel(), asarray(ar2).ravel()))
    if aux.size == 0:
        return aux
    aux = sort(aux)
    t = ones(1, dtype=bool_)
    flag = concatenate((t, aux[1:] != aux[:-1], t))
    return aux[flag[1:] & flag[:-1]]


def union1d(ar1, ar2):
    return unique(concatenate((asarray(ar1).ravel(), asarray(ar2).ravel())))


def setdiff1d(ar1, ar2, assume_unique=False):
    if assume_unique:
        ar1 = asarray(ar1).ravel()
    else:
        ar1 = unique(ar1)
        ar2 = unique(ar2)
    return ar1[isin(ar1, ar2, assume_unique=True, invert=True)]


# =================================================================================================================
# stdlib/numpy/functional.py
# =================================================================================================================

# numpy part: functional programming and element selection. vectorize, apply_along_axis, piecewise, select,
# choose, compress, extract, place, put, take (mode=) and trim_zeros.


# --- functional programming ----------------------------------------------------------------------------------------

class vectorize:
    """Apply a Python function elementwise over broadcast inputs (a Python loop, as in NumPy)."""

    def __init__(self, pyfunc=None, otypes=None, doc=None, excluded=None, cache=False, signature=None):
        if pyfunc is not None and not callable(pyfunc):
            raise TypeError("When used as a decorator, only accepts keyword arguments.")
        if signature is not None:
            raise NotImplementedError("np.vectorize(signature=...) is not supported by nabla yet")
        self.pyfunc = pyfunc
        self.cache = cache
        self.signature = signature
        if pyfunc is not None and hasattr(pyfunc, '__name__'):
            self.__name__ = pyfunc.__name__
        self.__doc__ = doc
        if doc is None and pyfunc is not None and hasattr(pyfunc, '__doc__'):
            self.__doc__ = pyfunc.__doc__
        if isinstance(otypes, str):
            otypes = [dtype(c) for c in otypes]
        elif isinstance(otypes, (list, tuple)):
            otypes = [dtype(t) for t in otypes]
        elif otypes is not None:
            raise ValueError("Invalid otype specification")
        self.otypes = otypes
        self.excluded = set() if excluded is None else set(excluded)

    def __call__(self, *args, **kwargs):
        if self.pyfunc is None:
            # Used as a decorator factory: np.vectorize(otypes=...)(func).
            self.pyfunc = args[0]
            if hasattr(args[0], '__name__'):
                self.__name__ = args[0].__name__
            if self.__doc__ is None:
                self.__doc__ = args[0].__doc__
            return self
        excluded = self.excluded
        names = [n for n in kwargs if n not in excluded]
        inds = [i for i in range(len(args)) if i not in excluded]
        vargs = [args[i] for i in inds] + [kwargs[n] for n in names]
        pyfunc = self.pyfunc

        def func(vals):
            if not names and len(inds) == len(args):
                return pyfunc(*vals)
            the_args = list(args)
            for k, i in enumerate(inds):
                the_args[i] = vals[k]
            kw = dict(kwargs)
            for k, n in enumerate(names):
                kw[n] = vals[len(inds) + k]
            return pyfunc(*the_args, **kw)

        if not vargs:
            return func([])
        arrs = [asarray(a) for a in vargs]
        shape = broadcast_shapes(*[a.shape for a in arrs])
        total = 1
        for d in shape:
            total *= d
        otypes = self.otypes
        first = None
        if otypes is None:
            for a in arrs:
                if a.size == 0:
                    raise ValueError("cannot call `vectorize` on size 0 inputs unless `otypes` is set")
            # NumPy calls the function once on the first elements (as NumPy scalars) to find the output types.
            first = func([a.ravel()[0] for a in arrs])
            outs = first if isinstance(first, tuple) else (first,)
            otypes = [asarray(o).dtype for o in outs]
        nout = len(otypes)
        # The elements as Python objects, as NumPy's object-array loop passes them.
        cols = [_bcast_to(a, shape).ravel().tolist() for a in arrs]
        results = []
        for i in range(total):
            if i == 0 and first is not None and self.cache:
                r = first
            else:
                r = func([c[i] for c in cols])
            results.append(r)
        if nout == 1:
            if total == 0:
                return zeros(shape, dtype=otypes[0])
            return array(results, dtype=otypes[0]).reshape(shape)
        res = []
        for k in range(nout):
            if total == 0:
                res.append(zeros(shape, dtype=otypes[k]))
            else:
                res.append(array([r[k] for r in results], dtype=otypes[k]).reshape(shape))
        return tuple(res)


def apply_along_axis(func1d, axis, arr, *args, **kwargs):
    arr = asarray(arr)
    nd = arr.ndim
    axis = _normalize_axis(axis, nd)
    in_dims = list(range(nd))
    inarr_view = arr.transpose(tuple(in_dims[:axis] + in_dims[axis + 1:] + [axis]))
    outer = tuple(inarr_view.shape[:-1])
    total = 1
    for d in outer:
        total *= d
    if total == 0:
        raise ValueError("Cannot apply_along_axis when any iteration dimensions are 0")
    inds = ndindex(outer)
    ind0 = next(inds) + (Ellipsis,)
    res = asarray(func1d(inarr_view[ind0], *args, **kwargs))
    buff = zeros(outer + tuple(res.shape), dtype=res.dtype)
    buff_dims = list(range(buff.ndim))
    buff_permute = (buff_dims[0:axis] + buff_dims[buff.ndim - res.ndim:buff.ndim] +
                    buff_dims[axis:buff.ndim - res.ndim])
    buff[ind0] = res
    for ind in inds:
        ind = ind + (Ellipsis,)
        buff[ind] = asarray(func1d(inarr_view[ind], *args, **kwargs))
    return buff.transpose(tuple(buff_permute))


def piecewise(x, condlist, funclist, *args, **kw):
    x = asarray(x)
    n2 = len(funclist)
    if not isinstance(condlist, (list, tuple, ndarray)) or isinstance(condlist, ndarray) and condlist.ndim == 0:
        condlist = [condlist]
    elif not isinstance(condlist[0], (list, ndarray)) and x.ndim != 0:
        condlist = [condlist]
    condlist = asarray(condlist, dtype=bool_)
    n = len(condlist)
    if n == n2 - 1:
        condelse = ~condlist.any(axis=0, keepdims=True)
        condlist = concatenate([condlist, condelse], axis=0)
        n += 1
    elif n != n2:
        raise ValueError("with " + str(n) + " condition(s), either " + str(n) + " or " + str(n + 1) +
                         " functions are expected")
    scalar = x.ndim == 0
    if scalar:
        # x[cond] of a 0-d x is a 1-element array when cond is True, as in NumPy.
        x = x.reshape(1)
        condlist = condlist.reshape((n, 1))
    y = zeros_like(x)
    for cond, func in zip(condlist, funclist):
        if not callable(func):
            y[cond] = func
        else:
            vals = x[cond]
            if vals.size > 0:
                y[cond] = func(vals, *args, **kw)
    return y.reshape(()) if scalar else y


# --- selecting elements --------------------------------------------------------------------------------------------

def _is_py_scalar(x):
    return isinstance(x, (int, float, complex)) and not isinstance(x, ndarray)


def select(condlist, choicelist, default=0):
    if len(condlist) != len(choicelist):
        raise ValueError("list of cases must be same length as list of conditions")
    if len(condlist) == 0:
        raise ValueError("select with an empty condition list is not possible")
    choices = [c if _is_py_scalar(c) else asarray(c) for c in choicelist]
    choices.append(default if _is_py_scalar(default) else asarray(default))
    dt = _result_type(*choices)
    conds = [asarray(c) for c in condlist]
    for i, c in enumerate(conds):
        if c.dtype.kind != 'b':
            raise TypeError("invalid entry " + str(i) + " in condlist: should be boolean ndarray")
    cshape = broadcast_shapes(*[c.shape for c in conds])
    vshape = broadcast_shapes(*[asarray(c).shape for c in choices])
    shape = cshape if len(vshape) == 0 else broadcast_shapes(cshape, vshape)
    result = full(shape, choices[-1], dtype=dt)
    for k in range(len(conds) - 1, -1, -1):
        result = where(conds[k], asarray(choices[k]).astype(dt), result)
    return result


def extract(condition, arr):
    return take(ravel(arr), nonzero(ravel(condition))[0])


def compress(condition, a, axis=None, out=None):
    a = asarray(a)
    cond = asarray(condition)
    if cond.ndim != 1:
        raise ValueError("condition must be a 1-d array")
    if axis is None:
        a = a.ravel()
        axis = 0
    r = take(a, nonzero(cond)[0], axis=axis)
    if out is not None:
        out[...] = r
        return out
    return r


def choose(a, choices, out=None, mode='raise'):
    idx = asarray(a)
    if idx.dtype.kind not in 'iub':
        raise TypeError("Cannot cast array data from dtype('" + str(idx.dtype) + "') to dtype('int64') according "
                        "to the rule 'safe'")
    chs = [asarray(c) for c in choices]
    n = len(chs)
    if n == 0:
        raise ValueError("0-length sequence.")
    idx = idx.astype(int64)
    if mode == 'raise':
        if _pybool(((idx < 0) | (idx >= n)).any()):
            raise ValueError("invalid entry in choice array")
    elif mode == 'wrap':
        idx = idx % n
    elif mode == 'clip':
        idx = clip(idx, 0, n - 1)
    else:
        raise ValueError("clipmode must be one of 'clip', 'raise', or 'wrap'")
    dt = _result_type(*chs)
    shape = broadcast_shapes(idx.shape, *[c.shape for c in chs])
    r = zeros(shape, dtype=dt)
    for k in range(n):
        r = where(idx == k, chs[k].astype(dt), r)
    if out is not None:
        out[...] = r
        return out
    return _scalar_out(r)


# The Rust kernel takes (a, indices, axis); NumPy's mode= and out= are handled here.
_take_kernel = take


def take(a, indices, axis=None, out=None, mode='raise'):
    if mode != 'raise':
        a = asarray(a)
        n = a.size if axis is None else a.shape[_normalize_axis(axis, a.ndim)]
        idx = asarray(indices)
        if mode == 'wrap':
            if n == 0 and idx.size:
                raise IndexError("cannot do a non-empty take from an empty axes.")
            idx = idx % n if n else idx
        elif mode == 'clip':
            if n == 0 and idx.size:
                raise IndexError("cannot do a non-empty take from an empty axes.")
            idx = clip(idx, 0, n - 1)
        else:
            raise ValueError("clipmode must be one of 'clip', 'raise', or 'wrap'")
        indices = int(idx) if idx.ndim == 0 else idx
    r = _take_kernel(a, indices, axis)
    if out is not None:
        out[...] = r
        return out
    return r


def put(a, ind, v, mode='raise'):
    if not isinstance(a, ndarray):
        raise TypeError("argument 1 must be numpy.ndarray, not " + type(a).__name__)
    idx = asarray(ind).ravel().astype(int64)
    vals = asarray(v).ravel()
    n = a.size
    if idx.size == 0 or vals.size == 0:
        return None
    if mode == 'raise':
        bad = (idx < -n) | (idx >= n)
        if _pybool(bad.any()):
            raise IndexError("index " + str(int(idx[bad][0])) + " is out of bounds for axis 0 with size " + str(n))
        idx = where(idx < 0, idx + n, idx)
    elif mode == 'wrap':
        idx = idx % n
    elif mode == 'clip':
        idx = clip(idx, 0, n - 1)
    else:
        raise ValueError("clipmode must be one of 'clip', 'raise', or 'wrap'")
    if vals.size < idx.size:
        vals = tile(vals, idx.size // vals.size + 1)
    vals = vals[:idx.size]
    a[unravel_index(idx, a.shape)] = vals
    return None


def place(arr, mask, vals):
    if not isinstance(arr, ndarray):
        raise TypeError("argument 1 must be numpy.ndarray, not " + type(arr).__name__)
    m = asarray(mask).astype(bool_)
    if m.size != arr.size:
        raise ValueError("place: mask and data must be the same size")
    m = m.reshape(arr.shape)
    vals = asarray(vals).ravel()
    k = int(m.sum())
    if k == 0:
        return None
    if vals.size == 0:
        raise ValueError("Cannot insert from an empty array!")
    if vals.size < k:
        vals = tile(vals, k // vals.size + 1)
    arr[m] = vals[:k]
    return None


def trim_zeros(filt, trim='fb', axis=None):
    f = asarray(filt)
    trim = trim.lower()
    if trim not in ("fb", "bf", "f", "b"):
        raise ValueError("unexpected character(s) in `trim`: " + repr(trim))
    if axis is None:
        axes = list(range(f.ndim))
    else:
        axes = _axis_tuple(axis, f.ndim)
    if not axes:
        return filt
    nz = argwhere(f)
    if nz.shape[0] == 0:
        start = [0] * f.ndim
        stop = [0] * f.ndim
    else:
        start = nz.min(axis=0).tolist()
        stop = (nz.max(axis=0) + 1).tolist()
        if 'f' not in trim:
            start = [None] * f.ndim
        if 'b' not in trim:
            stop = [None] * f.ndim
    sl = tuple(slice(start[ax], stop[ax]) if ax in axes else slice(None) for ax in range(f.ndim))
    if len(sl) == 1:
        return filt[sl[0]]
    return filt[sl]


# =================================================================================================================
# stdlib/numpy/testing.py
# =================================================================================================================

# numpy part: comparisons and np.testing.


def allclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    return True if asarray(isclose(a, b, rtol=rtol, atol=atol, equal_nan=equal_nan)).all() else False


def isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    a = asarray(a)
    b = asarray(b)
    finite = isfinite(a) & isfinite(b)
    close = less_equal(absolute(a - b), atol + rtol * absolute(b))
    same = equal(a, b)
    r = where(finite, close, same)
    if equal_nan:
        r = r | (isnan(a) & isnan(b))
    return r[()] if r.ndim == 0 else r


def array_equal(a1, a2, equal_nan=False):
    a1 = asarray(a1)
    a2 = asarray(a2)
    if a1.shape != a2.shape:
        return False
    eq = a1 == a2
    if equal_nan:
        eq = eq | (isnan(a1) & isnan(a2))
    return True if eq.all() else False


def array_equiv(a1, a2):
    a1 = asarray(a1)
    a2 = asarray(a2)
    try:
        broadcast_shapes(a1.shape, a2.shape)
    except ValueError:
        return False
    return _pybool((a1 == a2).all())


# --- np.testing --------------------------------------------------------------------------------------------------

def _mismatch_report(header, a, d, bad, err_msg):
    n = bad.size
    k = int(bad.sum())
    pct = 100.0 * k / n if n else 0.0
    lines = ["", header]
    if err_msg:
        lines.append(err_msg)
    if n:
        lines += ["", "Mismatched elements: " + str(k) + " / " + str(n) + " (" + ("%.3g" % pct) + "%)"]
    lines += [" ACTUAL: " + repr(a), " DESIRED: " + repr(d)]
    return "\n".join(lines)


class _Testing:
    """A small `np.testing`: the assertion helpers raise AssertionError on mismatch."""

    def _same_shape(self, a, d, header, err_msg):
        if a.shape != d.shape and a.ndim != 0 and d.ndim != 0:
            raise AssertionError("\n" + header + "\n" + (err_msg + "\n" if err_msg else "") + "\n(shapes " +
                                 str(a.shape) + ", " + str(d.shape) + " mismatch)\n ACTUAL: " + repr(a) +
                                 "\n DESIRED: " + repr(d))

    def assert_array_equal(self, actual, desired, err_msg='', verbose=True, *, strict=False):
        a = asarray(actual)
        d = asarray(desired)
        header = "Arrays are not equal"
        self._same_shape(a, d, header, err_msg)
        if strict and (a.shape != d.shape or a.dtype != d.dtype):
            raise AssertionError("\n" + header + "\n\n(shapes or dtypes mismatch)")
        eq = a == d
        if _is_inexact(a) and _is_inexact(d):
            eq = eq | (isnan(a) & isnan(d))
        eq = asarray(eq)
        if not eq.all():
            raise AssertionError(_mismatch_report(header, a, d, ~eq, err_msg))

    def assert_equal(self, actual, desired, err_msg='', verbose=True, *, strict=False):
        if isinstance(actual, (ndarray, list, tuple)) or isinstance(desired, (ndarray, list, tuple)):
            if isinstance(actual, dict) or isinstance(desired, dict):
                raise AssertionError("\nItems are not equal:\n ACTUAL: " + repr(actual) + "\n DESIRED: " + repr(desired))
            return self.assert_array_equal(actual, desired, err_msg, verbose, strict=strict)
        if isinstance(actual, dict) and isinstance(desired, dict):
            if len(actual) != len(desired):
                raise AssertionError("\nItems are not equal:\n ACTUAL: " + repr(len(actual)) + "\n DESIRED: " +
                                     repr(len(desired)))
            for k in desired:
                if k not in actual:
                    raise AssertionError(repr(k))
                self.assert_equal(actual[k], desired[k], err_msg, verbose)
            return None
        same = actual == desired
        if not same:
            try:
                same = _pybool(isnan(actual)) and _pybool(isnan(desired))
            except Exception:
                same = False
        if not same:
            raise AssertionError("\nItems are not equal:" + ("\n" + err_msg if err_msg else "") + "\n ACTUAL: " +
                                 repr(actual) + "\n DESIRED: " + repr(desired))
        return None

    def assert_allclose(self, actual, desired, rtol=1e-07, atol=0, equal_nan=True, err_msg='', verbose=True,
                        *, strict=False):
        a = asarray(actual)
        d = asarray(desired)
        header = "Not equal to tolerance rtol=" + ("%g" % rtol) + ", atol=" + ("%g" % atol)
        self._same_shape(a, d, header, err_msg)
        ok = asarray(isclose(a, d, rtol=rtol, atol=atol, equal_nan=equal_nan))
        if not ok.all():
            raise AssertionError(_mismatch_report(header, a, d, ~ok, err_msg))

    def assert_array_almost_equal(self, actual, desired, decimal=6, err_msg='', verbose=True):
        a = asarray(actual)
        d = asarray(desired)
        header = "Arrays are not almost equal to " + str(decimal) + " decimals"
        self._same_shape(a, d, header, err_msg)
        ok = absolute(d - a) < 1.5 * 10.0 ** (-decimal)
        if _is_inexact(a) and _is_inexact(d):
            ok = ok | (isnan(a) & isnan(d)) | (a == d)
        ok = asarray(ok)
        if not ok.all():
            raise AssertionError(_mismatch_report(header, a, d, ~ok, err_msg))

    def assert_almost_equal(self, actual, desired, decimal=7, err_msg='', verbose=True):
        if isinstance(actual, (ndarray, list, tuple)) or isinstance(desired, (ndarray, list, tuple)):
            return self.assert_array_almost_equal(actual, desired, decimal, err_msg, verbose)
        a = asarray(actual)
        d = asarray(desired)
        ok = (a == d) | (absolute(d - a) < 1.5 * 10.0 ** (-decimal))
        if _is_inexact(a) and _is_inexact(d):
            ok = ok | (isnan(a) & isnan(d))
        if not asarray(ok).all():
            raise AssertionError("\nArrays are not almost equal to " + str(decimal) + " decimals" +
                                 ("\n" + err_msg if err_msg else "") + "\n ACTUAL: " + repr(actual) +
                                 "\n DESIRED: " + repr(desired))
        return None

    def assert_array_less(self, x, y, err_msg='', verbose=True):
        a = asarray(x)
        b = asarray(y)
        header = "Arrays are not strictly ordered `x < y`"
        self._same_shape(a, b, header, err_msg)
        ok = asarray(a < b)
        if not ok.all():
            raise AssertionError(_mismatch_report(header, a, b, ~ok, err_msg))


testing = _Testing()
