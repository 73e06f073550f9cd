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
        if _is_text(r) or _is_text(x):
            # Strings have no arithmetic promotion to borrow (their `add` concatenates); `where` promotes them.
            r = where(True, r, x)
        else:
            r = add(r, x)
    return asarray(r).dtype


def _is_text(x):
    return hasattr(x, 'dtype') and x.dtype.kind in 'US'


def promote_types(type1, type2):
    """The smallest dtype to which both types can be safely cast.

    >>> np.promote_types(np.int8, np.float32)
    dtype('float32')
    >>> np.promote_types('i4', 'u4')
    dtype('int64')
    """
    return _result_type(zeros((), dtype=type1).dtype, zeros((), dtype=type2).dtype)


_CASTINGS = ('no', 'equiv', 'safe', 'same_kind', 'unsafe')
# same_kind allows a cast to a kind at least as wide: bool < unsigned < signed < float < complex.
_KIND_ORDER = {'b': 0, 'u': 1, 'i': 2, 'f': 3, 'c': 4}


def can_cast(from_, to, casting='safe'):
    """Whether a cast between dtypes can happen under a casting rule ('safe' by default).

    >>> np.can_cast(np.int32, np.float64)
    True
    >>> np.can_cast(np.float64, np.int32)
    False
    >>> np.can_cast(np.float64, np.float32, 'same_kind')
    True
    """
    if casting not in _CASTINGS:
        raise ValueError("casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got " +
                         repr(casting) + ")")
    if isinstance(from_, (int, float, complex)) and not isinstance(from_, generic):
        raise TypeError("can_cast() does not support Python ints, floats, and complex because the result used to "
                        "depend on the value.\nThis change was part of adopting NEP 50, we may explicitly allow "
                        "them again in the future.")
    to = zeros((), dtype=to).dtype
    # A scalar type has a `dtype` attribute too (a descriptor), so types are looked up as dtypes first.
    if isinstance(from_, type) or not hasattr(from_, 'dtype'):
        src = zeros((), dtype=from_).dtype
    else:
        src = from_.dtype
    if casting == 'unsafe':
        return True
    if casting == 'no' or casting == 'equiv':
        return _pybool(src == to)
    if _result_type(src, to) == to:
        return True
    if casting == 'same_kind':
        return _KIND_ORDER[to.kind] >= _KIND_ORDER[src.kind]
    return False


def min_scalar_type(a):
    """The smallest dtype that holds the value of a scalar or 0-d array (an array with dimensions keeps its dtype).

    >>> np.min_scalar_type(10)
    dtype('uint8')
    >>> np.min_scalar_type(-300)
    dtype('int16')
    >>> np.min_scalar_type(1.5)
    dtype('float16')
    """
    if isinstance(a, ndarray) and a.ndim > 0:
        return a.dtype
    if isinstance(a, int) and not isinstance(a, (bool_, type(True))):
        # A Python int is read as is (it may not fit int64).
        x = int64(0) if a < 0 else uint64(0)
        v_py = a
    else:
        x = asarray(a)
        v_py = None
    if x.ndim > 0:
        return x.dtype
    k = x.dtype.kind
    if k == 'b':
        return x.dtype
    if k == 'u' or k == 'i':
        v = int(x) if v_py is None else v_py
        if v >= 0:
            for t, top in ((uint8, 256), (uint16, 65536), (uint32, 4294967296), (uint64, 18446744073709551616)):
                if v < top:
                    return zeros((), dtype=t).dtype
        else:
            for t, low in ((int8, -128), (int16, -32768), (int32, -2147483648), (int64, -9223372036854775808)):
                if v >= low:
                    return zeros((), dtype=t).dtype
        raise NotImplementedError("np.min_scalar_type of an integer beyond 64 bits (object dtype) is not supported "
                                  "by nabla yet")
    if k == 'f':
        v = float(x)
        # NumPy's thresholds are +-65000 for float16 and +-3.4e38 for float32; inf and nan fit float16.
        if not _pybool(isfinite(v)) or (v > -65000 and v < 65000):
            return zeros((), dtype=float16).dtype
        if v > -3.4e38 and v < 3.4e38:
            return zeros((), dtype=float32).dtype
        return zeros((), dtype=float64).dtype
    if k == 'c':
        v = complex(x)
        if -3.4e38 < v.real < 3.4e38 and -3.4e38 < v.imag < 3.4e38:
            return zeros((), dtype=complex64).dtype
        return zeros((), dtype=complex128).dtype
    return x.dtype


# np.result_type follows NEP 50 here (Python scalars are weak), so it replaces any Rust version.
result_type = _result_type


# --- machine limits ----------------------------------------------------------------------------------------------

def _as_dtype(t):
    try:
        return zeros((), dtype=t).dtype
    except TypeError:
        return asarray(t).dtype


class finfo:
    """Machine limits for floating point types.

    >>> np.finfo(np.float32).eps
    np.float32(1.1920929e-07)
    >>> np.finfo(np.float64).max
    np.float64(1.7976931348623157e+308)
    """

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
            raise ValueError("data type " + repr(d.type) + " not inexact")
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
    """Machine limits for integer types.

    >>> np.iinfo(np.int8).min
    -128
    >>> np.iinfo(np.uint16).max
    65535
    """

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


# --- the scalar type hierarchy -----------------------------------------------------------------------------------

def _scalar_type(t):
    if isinstance(t, type) and issubclass(t, generic):
        return t
    return _as_dtype(t).type


def issubdtype(arg1, arg2):
    """Whether the first dtype is a sub-type of the second (np.issubdtype(np.int8, np.integer) is True).

    >>> np.issubdtype(np.float32, np.floating)
    True
    >>> np.issubdtype(np.int64, np.floating)
    False
    """
    return issubclass(_scalar_type(arg1), _scalar_type(arg2))


little_endian = True


