# Composites of the `numpy` module written in nabla itself, over the Rust primitives (array creation,
# concatenate, reshape, ufuncs, reductions). Embedded in the binary and run into the numpy module at import.
# Anything that loops over elements belongs in a Rust kernel instead.


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


def atleast_1d(*arys):
    res = [asarray(a) if asarray(a).ndim >= 1 else asarray(a).reshape(1) for a in arys]
    return res[0] if len(res) == 1 else res


def atleast_2d(*arys):
    res = []
    for a in arys:
        a = asarray(a)
        if a.ndim == 0:
            a = a.reshape(1, 1)
        elif a.ndim == 1:
            a = a.reshape(1, a.shape[0])
        res.append(a)
    return res[0] if len(res) == 1 else res


def vstack(tup):
    return concatenate([atleast_2d(a) for a in tup], axis=0)


def hstack(tup):
    arrs = [atleast_1d(a) for a in tup]
    if arrs and arrs[0].ndim == 1:
        return concatenate(arrs, axis=0)
    return concatenate(arrs, axis=1)


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


def real(val):
    return asarray(val).real


def imag(val):
    return asarray(val).imag


def count_nonzero(a, axis=None, keepdims=False):
    r = (asarray(a) != 0).sum(axis=axis, keepdims=keepdims)
    return int(r) if axis is None and not keepdims else r


def ptp(a, axis=None, keepdims=False):
    a = asarray(a)
    return a.max(axis=axis, keepdims=keepdims) - a.min(axis=axis, keepdims=keepdims)


def square(x):
    return multiply(x, x)


def allclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    return bool(all(isclose(a, b, rtol=rtol, atol=atol, equal_nan=equal_nan)))


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
    return bool(eq.all())
