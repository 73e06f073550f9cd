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


def vstack(tup, *, dtype=None, casting='same_kind'):
    return concatenate([atleast_2d(a) for a in tup], axis=0, dtype=dtype, casting=casting)


def hstack(tup, *, dtype=None, casting='same_kind'):
    arrs = [atleast_1d(a) for a in tup]
    if arrs and arrs[0].ndim == 1:
        return concatenate(arrs, axis=0, dtype=dtype, casting=casting)
    return concatenate(arrs, axis=1, dtype=dtype, casting=casting)


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


def broadcast_arrays(*args, subok=False):
    """The arguments broadcast against each other (views sharing memory with the inputs)."""
    arrs = [asarray(a) for a in args]
    shape = broadcast_shapes(*[a.shape for a in arrs])
    return tuple(a if a.shape == shape else _broadcast_view(a, shape) for a in arrs)


def matrix_transpose(x, /):
    """Swap the last two axes (x.mT)."""
    x = asarray(x)
    if x.ndim < 2:
        raise ValueError("Input array must be at least 2-dimensional, but it is " + str(x.ndim))
    return swapaxes(x, -1, -2)


def permute_dims(a, axes=None):
    """np.transpose under its array-API name."""
    return transpose(a, axes)


def concat(arrays, /, axis=0, out=None, *, dtype=None, casting='same_kind'):
    """np.concatenate under its array-API name."""
    return concatenate(arrays, axis=axis, out=out, dtype=dtype, casting=casting)


def resize(a, new_shape):
    """A new array of the given shape, repeating the data of `a` as often as needed."""
    a = asarray(a)
    if isinstance(new_shape, int):
        new_shape = (new_shape,)
    n = 1
    for d in new_shape:
        if d < 0:
            raise ValueError("all elements of `new_shape` must be non-negative")
        n *= d
    flat = a.ravel()
    if flat.size == 0 or n == 0:
        return zeros(new_shape, dtype=a.dtype)
    reps = -(-n // flat.size)
    return concatenate([flat] * reps)[:n].reshape(new_shape)


def _cumulative(x, axis, dtype, include_initial, product):
    x = asarray(x)
    if axis is None:
        if x.ndim != 1:
            raise ValueError("For arrays which have more than one dimension ``axis`` argument is required.")
        axis = 0
    r = cumprod(x, axis=axis, dtype=dtype) if product else cumsum(x, axis=axis, dtype=dtype)
    if include_initial:
        ax = _normalize_axis(axis, x.ndim)
        shape = list(r.shape)
        shape[ax] = 1
        r = concatenate([full(tuple(shape), 1 if product else 0, dtype=r.dtype), r], axis=ax)
    return r


def cumulative_sum(x, /, *, axis=None, dtype=None, out=None, include_initial=False):
    """Cumulative sum (the array-API cumsum, optionally starting with 0)."""
    return _cumulative(x, axis, dtype, include_initial, False)


def cumulative_prod(x, /, *, axis=None, dtype=None, out=None, include_initial=False):
    """Cumulative product (optionally starting with 1)."""
    return _cumulative(x, axis, dtype, include_initial, True)
