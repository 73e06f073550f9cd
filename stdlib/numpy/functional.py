# numpy part: functional programming and element selection. vectorize, apply_along_axis, piecewise, select,
# choose, compress, extract, place, put, take (mode=) and trim_zeros.


# --- functional programming ----------------------------------------------------------------------------------------

class vectorize:
    """Apply a Python function elementwise over broadcast inputs (a Python loop, as in NumPy).

    >>> f = np.vectorize(lambda a, b: a if a > b else b)
    >>> f([1, 5, 3], 2)
    array([2, 5, 3])
    """

    def __init__(self, pyfunc=None, otypes=None, doc=None, excluded=None, cache=False, signature=None):
        if pyfunc is not None and not callable(pyfunc):
            raise TypeError("When used as a decorator, only accepts keyword arguments.")
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
        if signature is not None:
            self._core_dims = _parse_gufunc_signature(signature)

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
            if not kwargs and len(inds) == len(args):
                return pyfunc(*vals)
            the_args = list(args)
            for k, i in enumerate(inds):
                the_args[i] = vals[k]
            kw = dict(kwargs)
            for k, n in enumerate(names):
                kw[n] = vals[len(inds) + k]
            return pyfunc(*the_args, **kw)

        if self.signature is not None:
            return self._call_with_signature(func, vargs)
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


    def _call_with_signature(self, func, args):
        # NumPy's loop for a gufunc signature: the core dimensions of each argument stay together and the function
        # is called once per index of the broadcast outer shape.
        input_core_dims, output_core_dims = self._core_dims
        if len(args) != len(input_core_dims):
            raise TypeError("wrong number of positional arguments: expected " + repr(len(input_core_dims)) +
                            ", got " + repr(len(args)))
        args = [asarray(a) for a in args]
        dim_sizes = {}
        outer_shapes = []
        for arg, core_dims in zip(args, input_core_dims):
            _update_dim_sizes(dim_sizes, arg, core_dims)
            outer_shapes.append(tuple(arg.shape[:arg.ndim - len(core_dims)]))
        broadcast_shape = broadcast_shapes(*outer_shapes)
        args = [broadcast_to(arg, broadcast_shape + tuple(dim_sizes[d] for d in core_dims))
                for arg, core_dims in zip(args, input_core_dims)]
        outputs = None
        otypes = self.otypes
        nout = len(output_core_dims)
        for index in ndindex(broadcast_shape):
            results = func([arg[index] for arg in args])
            n_results = len(results) if isinstance(results, tuple) else 1
            if nout != n_results:
                raise ValueError("wrong number of outputs from pyfunc: expected " + repr(nout) + ", got " +
                                 repr(n_results))
            if nout == 1:
                results = (results,)
            if outputs is None:
                for result, core_dims in zip(results, output_core_dims):
                    _update_dim_sizes(dim_sizes, asarray(result), core_dims)
                outputs = []
                for k in range(nout):
                    shape = broadcast_shape + tuple(dim_sizes[d] for d in output_core_dims[k])
                    dt = asarray(results[k]).dtype if otypes is None else otypes[k]
                    outputs.append(empty(shape, dtype=dt))
            for output, result in zip(outputs, results):
                output[index] = result
        if outputs is None:
            if otypes is None:
                raise ValueError("cannot call `vectorize` on size 0 inputs unless `otypes` is set")
            for dims in output_core_dims:
                for d in dims:
                    if d not in dim_sizes:
                        raise ValueError("cannot call `vectorize` with a signature including new output "
                                         "dimensions on size 0 inputs")
            outputs = [empty(broadcast_shape + tuple(dim_sizes[d] for d in output_core_dims[k]), dtype=otypes[k])
                       for k in range(nout)]
        return outputs[0] if nout == 1 else tuple(outputs)


def _parse_gufunc_signature(signature):
    # "(m,n),(n)->(m)" -> ([('m', 'n'), ('n',)], [('m',)]); the checks of NumPy's regular expression, by hand.
    sig = "".join(signature.split())
    halves = sig.split("->")
    res = []
    ok = len(halves) == 2
    for half in halves:
        args = []
        if not ok or len(half) < 2 or half[0] != '(' or half[-1] != ')':
            ok = False
            break
        for part in half[1:-1].split("),("):
            if '(' in part or ')' in part:
                ok = False
                break
            names = tuple(part.split(",")) if part else ()
            for nm in names:
                if not nm or not (nm.replace('_', 'a').isalnum()):
                    ok = False
            args.append(names)
        res.append(args)
    if not ok:
        raise ValueError("not a valid gufunc signature: " + sig)
    return res[0], res[1]


def _update_dim_sizes(dim_sizes, arg, core_dims):
    if not core_dims:
        return
    n = len(core_dims)
    if arg.ndim < n:
        raise ValueError("%d-dimensional argument does not have enough dimensions for all core dimensions %r" %
                         (arg.ndim, core_dims))
    core_shape = arg.shape[arg.ndim - n:]
    for dim, size in zip(core_dims, core_shape):
        if dim in dim_sizes:
            if size != dim_sizes[dim]:
                raise ValueError("inconsistent size for core dimension %r: %r vs %r" % (dim, size, dim_sizes[dim]))
        else:
            dim_sizes[dim] = size


def apply_along_axis(func1d, axis, arr, *args, **kwargs):
    """Apply a function to the 1-D slices of an array along an axis.

    >>> np.apply_along_axis(np.sum, 1, np.arange(6).reshape(2, 3))
    array([ 3, 12])
    """
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


def apply_over_axes(func, a, axes):
    """Apply a reducing function repeatedly over several axes (dimensions are kept).

    >>> np.apply_over_axes(np.sum, np.arange(24).reshape(2, 3, 4), [0, 2])
    array([[[ 60],
            [ 92],
            [124]]])
    """
    val = asarray(a)
    N = a.ndim
    if asarray(axes).ndim == 0:
        axes = (axes,)
    for axis in axes:
        if axis < 0:
            axis = N + axis
        res = func(val, axis)
        if res.ndim == val.ndim:
            val = res
        else:
            res = expand_dims(res, axis)
            if res.ndim == val.ndim:
                val = res
            else:
                raise ValueError("function is not returning an array of the correct shape")
    return val


def piecewise(x, condlist, funclist, *args, **kw):
    """Evaluate a piecewise-defined function: funclist[i] where condlist[i] holds.

    >>> x = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
    >>> np.piecewise(x, [x < 0, x >= 0], [lambda v: -v, lambda v: v * v])
    array([2., 1., 0., 1., 4.])
    """
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
    """Elements from choicelist, chosen by the first condition that holds (default elsewhere).

    >>> x = np.arange(6)
    >>> np.select([x < 2, x > 3], [x, x ** 2], default=-1)
    array([ 0,  1, -1, -1, 16, 25])
    """
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
    """The elements of arr where condition is true, as a 1-D array.

    >>> np.extract(np.arange(6) % 2 == 0, np.arange(6) * 10)
    array([ 0, 20, 40])
    """
    return take(ravel(arr), nonzero(ravel(condition))[0])


def compress(condition, a, axis=None, out=None):
    """The slices of an array along an axis where condition is true.

    >>> np.compress([True, False, True], np.arange(6).reshape(3, 2), axis=0)
    array([[0, 1],
           [4, 5]])
    """
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
    """An array built by picking, for each element, from the choice that the index array names.

    >>> np.choose([0, 1, 0], [[1, 2, 3], [10, 20, 30]])
    array([ 1, 20,  3])
    """
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
    """Elements of an array at indices (along an axis, or of its ravel).

    >>> np.take([4, 3, 5, 7], [0, 2])
    array([4, 5])
    >>> np.take(np.arange(6).reshape(2, 3), [2, 0], axis=1)
    array([[2, 0],
           [5, 3]])
    """
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
    """Write values at flat indices of an array, in place.

    >>> a = np.arange(5)
    >>> np.put(a, [0, 2], [-1, -2])
    >>> a
    array([-1,  1, -2,  3,  4])
    """
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
    """Write values, in order and repeated as needed, where mask is true, in place.

    >>> a = np.arange(6)
    >>> np.place(a, a > 2, [10, 20])
    >>> a
    array([ 0,  1,  2, 10, 20, 10])
    """
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


def putmask(a, mask, values):
    """Set a[mask] = values (repeated to a's size), in place.

    >>> a = np.arange(6)
    >>> np.putmask(a, a > 2, a ** 2)
    >>> a
    array([ 0,  1,  2,  9, 16, 25])
    """
    if not isinstance(a, ndarray):
        raise TypeError("putmask: first argument must be an array")
    m = asarray(mask).astype(bool_)
    if m.size != a.size:
        raise ValueError("putmask: mask and data must be the same size")
    if isinstance(values, ndarray) and not can_cast(values.dtype, a.dtype):
        raise TypeError("Cannot cast array data from " + repr(values.dtype) + " to " + repr(a.dtype) +
                        " according to the rule 'safe'")
    vals = asarray(values).ravel()
    if vals.size == 0:
        return None
    # Unlike place, the values repeat by flat position: a.flat[n] = values[n % len(values)].
    m = m.reshape(a.shape)
    pos = arange(a.size).reshape(a.shape)[m]
    a[m] = vals[pos % vals.size].astype(a.dtype)
    return None


def trim_zeros(filt, trim='fb', axis=None):
    """Trim the leading and/or trailing zeros of a 1-D array (trim='fb', 'f' or 'b').

    >>> np.trim_zeros(np.array([0, 0, 1, 2, 0]))
    array([1, 2])
    >>> np.trim_zeros(np.array([0, 0, 1, 2, 0]), 'b')
    array([0, 0, 1, 2])
    """
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
