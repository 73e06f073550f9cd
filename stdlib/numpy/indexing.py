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
    """Open mesh index arrays from 1-D sequences, to index the cross product.

    >>> a = np.arange(12).reshape(3, 4)
    >>> a[np.ix_([0, 2], [1, 3])]
    array([[ 1,  3],
           [ 9, 11]])
    """
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


def _check_order(order):
    if order not in ('C', 'F'):
        raise ValueError("only 'C' or 'F' order is permitted")


def unravel_index(indices, shape, order='C'):
    """Convert flat indices into tuples of coordinate arrays for a shape.

    >>> np.unravel_index(7, (3, 4))
    (np.int64(1), np.int64(3))
    >>> np.unravel_index([1, 5], (2, 3))
    (array([0, 1]), array([1, 2]))
    """
    _check_order(order)
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
    # C order peels the last dimension off first, F order the first.
    dims = list(range(len(shape)))
    if order == 'C':
        dims = dims[::-1]
    res = [None] * len(shape)
    for k in dims:
        res[k] = _scalar_out(idx % shape[k])
        idx = idx // shape[k]
    return tuple(res)


def ravel_multi_index(multi_index, dims, mode='raise', order='C'):
    """Convert a tuple of coordinate arrays to flat indices for a shape.

    >>> np.ravel_multi_index(([0, 1], [2, 0]), (2, 3))
    array([2, 3])
    """
    _check_order(order)
    dims = tuple(dims)
    if len(multi_index) != len(dims):
        raise ValueError("parameter multi_index must be a sequence of length " + str(len(dims)))
    modes = list(mode) if isinstance(mode, (tuple, list)) else [mode] * len(dims)
    if len(modes) != len(dims):
        raise ValueError("list of clipmodes has wrong length (" + str(len(modes)) + " instead of " + str(len(dims)) +
                         ")")
    parts = []
    for ind, d, m in zip(multi_index, dims, modes):
        ind = asarray(ind).astype(int64)
        if m == 'wrap':
            ind = ind % d
        elif m == 'clip':
            ind = clip(ind, 0, d - 1)
        elif m != 'raise':
            raise ValueError("clipmode must be one of 'clip', 'raise', or 'wrap' (got " + repr(m) + ")")
        elif (ind < 0).any() or (ind >= d).any():
            raise ValueError("invalid entry in coordinates array")
        parts.append(ind)
    # C order: the last index varies fastest; F order: the first.
    order_k = list(range(len(dims)))
    if order == 'F':
        order_k = order_k[::-1]
    res = None
    for k in order_k:
        res = parts[k] if res is None else res * dims[k] + parts[k]
    return _scalar_out(res)


class ndindex:
    """Iterate over the index tuples of an array shape (C order).

    >>> list(np.ndindex(2, 2))
    [(0, 0), (0, 1), (1, 0), (1, 1)]
    """

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
    """Iterate over (index tuple, element) pairs of an array.

    >>> list(np.ndenumerate(np.array([[1, 2], [3, 4]])))
    [((0, 0), np.int64(1)), ((0, 1), np.int64(2)), ((1, 0), np.int64(3)), ((1, 1), np.int64(4))]
    """

    def __init__(self, arr):
        self._arr = asarray(arr)
        self._it = ndindex(self._arr.shape)

    def __iter__(self):
        return self

    def __next__(self):
        i = next(self._it)
        return i, self._arr[i]


def fill_diagonal(a, val, wrap=False):
    """Fill the main diagonal of an array, in place.

    >>> a = np.zeros((3, 3), dtype=int)
    >>> np.fill_diagonal(a, 5)
    >>> a
    array([[5, 0, 0],
           [0, 5, 0],
           [0, 0, 5]])
    """
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
    """The indices of the main diagonal of an n by n (by ...) array.

    >>> np.diag_indices(3)
    (array([0, 1, 2]), array([0, 1, 2]))
    """
    idx = arange(n)
    return tuple([idx] * ndim)


def diag_indices_from(arr):
    """The indices of the main diagonal of a square array.

    >>> np.diag_indices_from(np.zeros((2, 2)))
    (array([0, 1]), array([0, 1]))
    """
    if arr.ndim < 2:
        raise ValueError("input array must be at least 2-d")
    return diag_indices(arr.shape[0], arr.ndim)


def _mask_indices(mask):
    ii = indices(mask.shape)
    return (ii[0][mask], ii[1][mask])


def tril_indices(n, k=0, m=None):
    """The indices of the lower triangle of an n by m array.

    >>> np.tril_indices(3)
    (array([0, 1, 1, 2, 2, 2]), array([0, 0, 1, 0, 1, 2]))
    """
    return _mask_indices(tri(n, m, k=k, dtype=bool_))


def triu_indices(n, k=0, m=None):
    """The indices of the upper triangle of an n by m array.

    >>> np.triu_indices(3, k=1)
    (array([0, 0, 1]), array([1, 2, 2]))
    """
    return _mask_indices(~tri(n, m, k=k - 1, dtype=bool_))


def tril_indices_from(arr, k=0):
    """The indices of the lower triangle of a 2-D array.

    >>> np.tril_indices_from(np.zeros((2, 2)))
    (array([0, 1, 1]), array([0, 0, 1]))
    """
    if arr.ndim != 2:
        raise ValueError("input array must be 2-d")
    return tril_indices(arr.shape[-2], k=k, m=arr.shape[-1])


def triu_indices_from(arr, k=0):
    """The indices of the upper triangle of a 2-D array.

    >>> np.triu_indices_from(np.zeros((2, 2)))
    (array([0, 0, 1]), array([0, 1, 1]))
    """
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
