# numpy part: shape manipulation. Dimensions, stacking, flipping, tiling, splitting, inserting, padding.


# --- dimensions and stacking -------------------------------------------------------------------------------------

def atleast_1d(*arys):
    """The inputs as arrays of at least one dimension.

    >>> np.atleast_1d(3)
    array([3])
    >>> np.atleast_1d([1, 2])
    array([1, 2])
    """
    res = [asarray(a) if asarray(a).ndim >= 1 else asarray(a).reshape(1) for a in arys]
    return res[0] if len(res) == 1 else tuple(res)


def atleast_2d(*arys):
    """The inputs as arrays of at least two dimensions.

    >>> np.atleast_2d([1, 2])
    array([[1, 2]])
    """
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
    """The inputs as arrays of at least three dimensions.

    >>> np.atleast_3d([1, 2]).shape
    (1, 2, 1)
    """
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
    """Stack arrays vertically (row-wise; 1-D arrays become rows).

    >>> np.vstack([[1, 2], [3, 4]])
    array([[1, 2],
           [3, 4]])
    >>> np.vstack([np.zeros((1, 2)), np.ones((2, 2))])
    array([[0., 0.],
           [1., 1.],
           [1., 1.]])
    """
    return concatenate([atleast_2d(a) for a in tup], axis=0, dtype=dtype, casting=casting)


def hstack(tup, *, dtype=None, casting='same_kind'):
    """Stack arrays horizontally (column-wise).

    >>> np.hstack([[1, 2], [3]])
    array([1, 2, 3])
    >>> np.hstack([np.zeros((2, 1)), np.ones((2, 2))])
    array([[0., 1., 1.],
           [0., 1., 1.]])
    """
    arrs = [atleast_1d(a) for a in tup]
    if arrs and arrs[0].ndim == 1:
        return concatenate(arrs, axis=0, dtype=dtype, casting=casting)
    return concatenate(arrs, axis=1, dtype=dtype, casting=casting)


def dstack(tup):
    """Stack arrays along the third axis.

    >>> np.dstack([[1, 2], [3, 4]])
    array([[[1, 3],
            [2, 4]]])
    """
    arrs = [atleast_3d(a) for a in tup]
    return concatenate(arrs, axis=2)


def column_stack(tup):
    """Stack 1-D arrays as the columns of a 2-D array.

    >>> np.column_stack([[1, 2, 3], [4, 5, 6]])
    array([[1, 4],
           [2, 5],
           [3, 6]])
    """
    cols = []
    for a in tup:
        a = asarray(a)
        if a.ndim < 2:
            a = a.reshape(a.size, 1)
        cols.append(a)
    return concatenate(cols, axis=1)


# Functions that the Rust side may already provide keep the Rust version.

try:
    moveaxis
except NameError:
    moveaxis = _moveaxis


def rollaxis(a, axis, start=0):
    """Roll an axis backwards until it lies before position start.

    >>> np.rollaxis(np.zeros((3, 4, 5)), 2).shape
    (5, 3, 4)
    """
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


def expand_dims(a, axis):
    # The new axes are numbered in the result's dimensions; the result is a reshaped view of a.
    """Insert a new axis of length one at the given position.

    >>> np.expand_dims([1, 2], 0)
    array([[1, 2]])
    >>> np.expand_dims([1, 2], axis=1)
    array([[1],
           [2]])
    """
    a = asarray(a)
    if not isinstance(axis, (tuple, list)):
        axis = (axis,)
    for ax in axis:
        # NumPy's PyArray_PyIntAsIntp: floats get their own message, other non-integers operator.index's.
        if isinstance(ax, float):
            raise TypeError("integer argument expected, got float")
        if not isinstance(ax, (int, integer)):
            raise TypeError("'" + type(ax).__name__ + "' object cannot be interpreted as an integer")
    out_ndim = len(axis) + a.ndim
    axis = _axis_tuple(axis, out_ndim)
    shape_it = iter(a.shape)
    shape = [1 if ax in axis else next(shape_it) for ax in range(out_ndim)]
    return a.reshape(tuple(shape))


# --- flipping, rolling, rotating ---------------------------------------------------------------------------------

def flip(m, axis=None):
    """Reverse the order of elements along the given axes (all by default).

    >>> np.flip([1, 2, 3])
    array([3, 2, 1])
    >>> np.flip([[1, 2], [3, 4]], axis=1)
    array([[2, 1],
           [4, 3]])
    """
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
    """Reverse the order of the columns.

    >>> np.fliplr([[1, 2], [3, 4]])
    array([[2, 1],
           [4, 3]])
    """
    m = asarray(m)
    if m.ndim < 2:
        raise ValueError("Input must be >= 2-d.")
    return m[:, ::-1]


def flipud(m):
    """Reverse the order of the rows.

    >>> np.flipud([[1, 2], [3, 4]])
    array([[3, 4],
           [1, 2]])
    """
    m = asarray(m)
    if m.ndim < 1:
        raise ValueError("Input must be >= 1-d.")
    return m[::-1, ...]


def rot90(m, k=1, axes=(0, 1)):
    """Rotate an array by 90 degrees k times, from the first axis toward the second.

    >>> np.rot90([[1, 2], [3, 4]])
    array([[2, 4],
           [1, 3]])
    """
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
    """Roll elements along an axis; those shifted past the end come back at the start.

    >>> np.roll([1, 2, 3, 4], 1)
    array([4, 1, 2, 3])
    >>> np.roll([[1, 2], [3, 4]], -1, axis=1)
    array([[2, 1],
           [4, 3]])
    """
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
    """Repeat an array the given number of times along each axis.

    >>> np.tile([1, 2], 3)
    array([1, 2, 1, 2, 1, 2])
    >>> np.tile([1, 2], (2, 2))
    array([[1, 2, 1, 2],
           [1, 2, 1, 2]])
    """
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
    """Split an array into sub-arrays of nearly equal size.

    >>> np.array_split(np.arange(5), 3)
    [array([0, 1]), array([2, 3]), array([4])]
    """
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
    """Split an array into equal sub-arrays, or at the given indices.

    >>> np.split(np.arange(6), 3)
    [array([0, 1]), array([2, 3]), array([4, 5])]
    >>> np.split(np.arange(6), [1, 4])
    [array([0]), array([1, 2, 3]), array([4, 5])]
    """
    if not isinstance(indices_or_sections, (tuple, list, ndarray)):
        sections = int(indices_or_sections)
        n = asarray(ary).shape[axis]
        if sections == 0 or n % sections != 0:
            raise ValueError("array split does not result in an equal division")
    return array_split(ary, indices_or_sections, axis)


def hsplit(ary, indices_or_sections):
    """Split an array into sub-arrays along the columns.

    >>> np.hsplit(np.arange(8).reshape(2, 4), 2)
    [array([[0, 1],
           [4, 5]]), array([[2, 3],
           [6, 7]])]
    """
    ary = asarray(ary)
    if ary.ndim == 0:
        raise ValueError("hsplit only works on arrays of 1 or more dimensions")
    return split(ary, indices_or_sections, 1 if ary.ndim > 1 else 0)


def vsplit(ary, indices_or_sections):
    """Split an array into sub-arrays along the rows.

    >>> np.vsplit(np.arange(8).reshape(4, 2), 2)
    [array([[0, 1],
           [2, 3]]), array([[4, 5],
           [6, 7]])]
    """
    ary = asarray(ary)
    if ary.ndim < 2:
        raise ValueError("vsplit only works on arrays of 2 or more dimensions")
    return split(ary, indices_or_sections, 0)


def dsplit(ary, indices_or_sections):
    """Split an array into sub-arrays along the third axis.

    >>> [p.shape for p in np.dsplit(np.zeros((1, 2, 4)), 2)]
    [(1, 2, 2), (1, 2, 2)]
    """
    ary = asarray(ary)
    if ary.ndim < 3:
        raise ValueError("dsplit only works on arrays of 3 or more dimensions")
    return split(ary, indices_or_sections, 2)


def append(arr, values, axis=None):
    """Values appended to the end of an array (the ravel when axis is None).

    >>> np.append([1, 2], [3, 4])
    array([1, 2, 3, 4])
    >>> np.append([[1, 2]], [[3, 4]], axis=0)
    array([[1, 2],
           [3, 4]])
    """
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
    """Values inserted before the given indices (of the ravel when axis is None).

    >>> np.insert([1, 2, 3], 1, 9)
    array([1, 9, 2, 3])
    """
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
    """A copy without the given sub-arrays (of the ravel when axis is None).

    >>> np.delete([1, 2, 3, 4], [0, 2])
    array([2, 4])
    >>> np.delete(np.arange(6).reshape(2, 3), 1, axis=1)
    array([[0, 2],
           [3, 5]])
    """
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


# np.pad is a port of numpy/lib/_arraypad_impl.py: the padded array is allocated once, then each axis's pad
# areas are filled from views of the already-filled region (so corners come out as NumPy's).

def _pad_slice_at_axis(sl, axis):
    return (slice(None),) * axis + (sl,) + (Ellipsis,)


def _pad_view_roi(array, original_area_slice, axis):
    # The region padded along axes < axis and still original along the later ones.
    axis += 1
    return array[(slice(None),) * axis + original_area_slice[axis:]]


def _pad_simple(array, pad_width, fill_value=None):
    new_shape = tuple(left + size + right for size, (left, right) in zip(array.shape, pad_width))
    padded = empty(new_shape, dtype=array.dtype)
    if fill_value is not None:
        padded.fill(fill_value)
    original_area_slice = tuple(slice(left, left + size) for size, (left, right) in zip(array.shape, pad_width))
    padded[original_area_slice] = array
    return padded, original_area_slice


def _pad_set_area(padded, axis, width_pair, value_pair):
    padded[_pad_slice_at_axis(slice(None, width_pair[0]), axis)] = value_pair[0]
    padded[_pad_slice_at_axis(slice(padded.shape[axis] - width_pair[1], None), axis)] = value_pair[1]


def _pad_get_edges(padded, axis, width_pair):
    left_index = width_pair[0]
    left_edge = padded[_pad_slice_at_axis(slice(left_index, left_index + 1), axis)]
    right_index = padded.shape[axis] - width_pair[1]
    right_edge = padded[_pad_slice_at_axis(slice(right_index - 1, right_index), axis)]
    return left_edge, right_edge


def _pad_linear_ramps(padded, axis, width_pair, end_value_pair):
    edge_pair = _pad_get_edges(padded, axis, width_pair)
    ramps = [linspace(end_value, edge.squeeze(axis), num=width, endpoint=False, dtype=padded.dtype, axis=axis)
             for end_value, edge, width in zip(end_value_pair, edge_pair, width_pair)]
    # The right ramp runs from the edge outwards.
    return ramps[0], ramps[1][_pad_slice_at_axis(slice(None, None, -1), axis)]


def _pad_stat(func, chunk, axis, dtype):
    stat = func(chunk, axis=axis, keepdims=True)
    if dtype.kind in 'iu':
        # NumPy rounds a mean/median in place before it is stored into an integer array.
        stat = around(stat)
    return stat


def _pad_get_stats(padded, axis, width_pair, length_pair, mode):
    func = {'maximum': amax, 'minimum': amin, 'mean': mean, 'median': median}[mode]
    left_index = width_pair[0]
    right_index = padded.shape[axis] - width_pair[1]
    max_length = right_index - left_index
    left_length, right_length = length_pair
    if left_length is None or max_length < left_length:
        left_length = max_length
    if right_length is None or max_length < right_length:
        right_length = max_length
    if (left_length == 0 or right_length == 0) and (mode == 'maximum' or mode == 'minimum'):
        raise ValueError("stat_length of 0 yields no value for padding")
    left_chunk = padded[_pad_slice_at_axis(slice(left_index, left_index + left_length), axis)]
    left_stat = _pad_stat(func, left_chunk, axis, padded.dtype)
    if left_length == max_length and right_length == max_length:
        return left_stat, left_stat
    right_chunk = padded[_pad_slice_at_axis(slice(right_index - right_length, right_index), axis)]
    return left_stat, _pad_stat(func, right_chunk, axis, padded.dtype)


def _pad_reflect_both(padded, axis, width_pair, method, original_period, include_edge=False):
    # Fills as much of both pad areas as one reflected copy of the filled region covers; returns what is left.
    left_pad, right_pad = width_pair
    old_length = padded.shape[axis] - right_pad - left_pad
    if include_edge:
        old_length = old_length // original_period * original_period
        edge_offset = 1
    else:
        old_length = (old_length - 1) // (original_period - 1) * (original_period - 1) + 1
        edge_offset = 0
        old_length -= 1
    if left_pad > 0:
        chunk_length = old_length if old_length < left_pad else left_pad
        stop = left_pad - edge_offset
        start = stop + chunk_length
        left_chunk = padded[_pad_slice_at_axis(slice(start, stop, -1), axis)]
        if method == "odd":
            left_chunk = 2 * padded[_pad_slice_at_axis(slice(left_pad, left_pad + 1), axis)] - left_chunk
        padded[_pad_slice_at_axis(slice(left_pad - chunk_length, left_pad), axis)] = left_chunk
        left_pad -= chunk_length
    if right_pad > 0:
        chunk_length = old_length if old_length < right_pad else right_pad
        start = -right_pad + edge_offset - 2
        stop = start - chunk_length
        right_chunk = padded[_pad_slice_at_axis(slice(start, stop, -1), axis)]
        if method == "odd":
            right_chunk = 2 * padded[_pad_slice_at_axis(slice(-right_pad - 1, -right_pad), axis)] - right_chunk
        start = padded.shape[axis] - right_pad
        padded[_pad_slice_at_axis(slice(start, start + chunk_length), axis)] = right_chunk
        right_pad -= chunk_length
    return left_pad, right_pad


def _pad_wrap_both(padded, axis, width_pair, original_period):
    left_pad, right_pad = width_pair
    period = padded.shape[axis] - right_pad - left_pad
    period = period // original_period * original_period
    new_left_pad = 0
    new_right_pad = 0
    if left_pad > 0:
        slice_end = left_pad + period
        slice_start = slice_end - (period if period < left_pad else left_pad)
        right_chunk = padded[_pad_slice_at_axis(slice(slice_start, slice_end), axis)]
        if left_pad > period:
            pad_area = _pad_slice_at_axis(slice(left_pad - period, left_pad), axis)
            new_left_pad = left_pad - period
        else:
            pad_area = _pad_slice_at_axis(slice(None, left_pad), axis)
        padded[pad_area] = right_chunk
    if right_pad > 0:
        slice_start = -right_pad - period
        slice_end = slice_start + (period if period < right_pad else right_pad)
        left_chunk = padded[_pad_slice_at_axis(slice(slice_start, slice_end), axis)]
        if right_pad > period:
            pad_area = _pad_slice_at_axis(slice(-right_pad, -right_pad + period), axis)
            new_right_pad = right_pad - period
        else:
            pad_area = _pad_slice_at_axis(slice(-right_pad, None), axis)
        padded[pad_area] = left_chunk
    return new_left_pad, new_right_pad


def _as_pairs(x, ndim, as_index=False):
    # One (before, after) pair per axis from a scalar, a pair, or an (ndim, 2) array-like.
    if x is None:
        return ((None, None),) * ndim
    x = array(x)
    if as_index:
        x = around(x).astype(intp)
    if x.ndim < 3:
        if x.size == 1:
            x = x.ravel()
            if as_index and _pybool(x[0] < 0):
                raise ValueError("index can't contain negative values")
            return ((x[0], x[0]),) * ndim
        if x.size == 2 and x.shape != (2, 1):
            x = x.ravel()
            if as_index and (_pybool(x[0] < 0) or _pybool(x[1] < 0)):
                raise ValueError("index can't contain negative values")
            return ((x[0], x[1]),) * ndim
    if as_index and _pybool(x.min() < 0):
        raise ValueError("index can't contain negative values")
    return broadcast_to(x, (ndim, 2)).tolist()


_pad_allowed_kwargs = {
    'empty': [], 'edge': [], 'wrap': [], 'constant': ['constant_values'], 'linear_ramp': ['end_values'],
    'maximum': ['stat_length'], 'mean': ['stat_length'], 'median': ['stat_length'], 'minimum': ['stat_length'],
    'reflect': ['reflect_type'], 'symmetric': ['reflect_type'],
}


def pad(array, pad_width, mode='constant', **kwargs):
    """Pad an array (modes 'constant', 'edge', 'reflect', 'symmetric', 'wrap', ...).

    >>> np.pad([1, 2, 3], 2)
    array([0, 0, 1, 2, 3, 0, 0])
    >>> np.pad([1, 2, 3], (1, 2), mode='edge')
    array([1, 1, 2, 3, 3, 3])
    """
    array = asarray(array)
    if isinstance(pad_width, dict):
        seq = [(0, 0)] * array.ndim
        for axis, width in pad_width.items():
            if isinstance(width, int):
                seq[axis] = (width, width)
            elif isinstance(width, tuple) and len(width) == 2 and isinstance(width[0], int) and \
                    isinstance(width[1], int):
                seq[axis] = width
            else:
                raise AssertionError("Expected code to be unreachable, but got: " + repr(width))
        pad_width = seq
    pad_width = asarray(pad_width)
    if not pad_width.dtype.kind == 'i':
        raise TypeError('`pad_width` must be of integral type.')
    pad_width = _as_pairs(pad_width, array.ndim, as_index=True)
    pad_width = [(int(a), int(b)) for a, b in pad_width]

    if callable(mode):
        # The user function fills each 1-D lane of a zero-padded array in place, axis by axis.
        function = mode
        padded, _ = _pad_simple(array, pad_width, fill_value=0)
        for axis in range(padded.ndim):
            view = moveaxis(padded, axis, -1)
            for ind in ndindex(view.shape[:-1]):
                function(view[ind + (Ellipsis,)], pad_width[axis], axis, kwargs)
        return padded

    if mode not in _pad_allowed_kwargs:
        raise ValueError("mode '" + str(mode) + "' is not supported")
    unsupported_kwargs = set(kwargs) - set(_pad_allowed_kwargs[mode])
    if unsupported_kwargs:
        raise ValueError("unsupported keyword arguments for mode '" + str(mode) + "': " + repr(unsupported_kwargs))

    padded, original_area_slice = _pad_simple(array, pad_width)
    axes = range(padded.ndim)

    if mode == "constant":
        values = _as_pairs(kwargs.get("constant_values", 0), padded.ndim)
        for axis, width_pair, value_pair in zip(axes, pad_width, values):
            roi = _pad_view_roi(padded, original_area_slice, axis)
            _pad_set_area(roi, axis, width_pair, value_pair)
    elif mode == "empty":
        pass
    elif array.size == 0:
        # Only 'constant' and 'empty' can extend an empty axis; other modes have nothing to copy.
        for axis, width_pair in zip(axes, pad_width):
            if array.shape[axis] == 0 and (width_pair[0] != 0 or width_pair[1] != 0):
                raise ValueError("can't extend empty axis " + str(axis) +
                                 " using modes other than 'constant' or 'empty'")
    elif mode == "edge":
        for axis, width_pair in zip(axes, pad_width):
            roi = _pad_view_roi(padded, original_area_slice, axis)
            _pad_set_area(roi, axis, width_pair, _pad_get_edges(roi, axis, width_pair))
    elif mode == "linear_ramp":
        end_values = _as_pairs(kwargs.get("end_values", 0), padded.ndim)
        for axis, width_pair, value_pair in zip(axes, pad_width, end_values):
            roi = _pad_view_roi(padded, original_area_slice, axis)
            _pad_set_area(roi, axis, width_pair, _pad_linear_ramps(roi, axis, width_pair, value_pair))
    elif mode in ('maximum', 'minimum', 'mean', 'median'):
        length = _as_pairs(kwargs.get("stat_length"), padded.ndim, as_index=True)
        for axis, width_pair, length_pair in zip(axes, pad_width, length):
            roi = _pad_view_roi(padded, original_area_slice, axis)
            lp = tuple(None if v is None else int(v) for v in length_pair)
            _pad_set_area(roi, axis, width_pair, _pad_get_stats(roi, axis, width_pair, lp, mode))
    elif mode == "reflect" or mode == "symmetric":
        method = kwargs.get("reflect_type", "even")
        include_edge = mode == "symmetric"
        for axis, (left_index, right_index) in zip(axes, pad_width):
            if array.shape[axis] == 1 and (left_index > 0 or right_index > 0):
                # A single element reflects onto itself: NumPy pads with the edge.
                edge_pair = _pad_get_edges(padded, axis, (left_index, right_index))
                _pad_set_area(padded, axis, (left_index, right_index), edge_pair)
                continue
            roi = _pad_view_roi(padded, original_area_slice, axis)
            while left_index > 0 or right_index > 0:
                left_index, right_index = _pad_reflect_both(roi, axis, (left_index, right_index), method,
                                                            array.shape[axis], include_edge)
    elif mode == "wrap":
        for axis, (left_index, right_index) in zip(axes, pad_width):
            roi = _pad_view_roi(padded, original_area_slice, axis)
            original_period = padded.shape[axis] - right_index - left_index
            while left_index > 0 or right_index > 0:
                left_index, right_index = _pad_wrap_both(roi, axis, (left_index, right_index), original_period)
    return padded


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
    """Assemble an array from nested lists of blocks.

    >>> np.block([[np.eye(2), np.zeros((2, 1))], [np.ones((1, 2)), np.ones((1, 1))]])
    array([[1., 0., 0.],
           [0., 1., 0.],
           [1., 1., 1.]])
    """
    bottom_index, arr_ndim, final_size = _block_check_depths_match(arrays, [])
    list_ndim = len(bottom_index)
    if bottom_index and bottom_index[-1] is None:
        raise ValueError("List at " + _block_format_index(bottom_index) + " cannot be empty")
    result_ndim = _imax(arr_ndim, list_ndim)
    return _block(arrays, list_ndim, result_ndim, 0)


# The Rust broadcast_to makes the read-only view; NumPy's argument checks (and nditer's messages) come first here.
_broadcast_to_kernel = broadcast_to


def broadcast_to(array, shape, subok=False):
    """A read-only view of an array broadcast to a new shape.

    >>> np.broadcast_to([1, 2, 3], (2, 3))
    array([[1, 2, 3],
           [1, 2, 3]])
    """
    try:
        shape = tuple(shape)
    except TypeError:
        shape = (shape,)
    arr = asarray(array)
    if not shape and arr.shape:
        raise ValueError('cannot broadcast a non-scalar to a scalar array')
    for size in shape:
        if size < 0:
            raise ValueError('all elements of broadcast shape must be non-negative')
    if arr.ndim > len(shape):
        raise ValueError("input operand has more dimensions than allowed by the axis remapping")
    return _broadcast_to_kernel(arr, shape)


class broadcast:
    """np.broadcast: the broadcast shape of its arguments, iterable as tuples of their broadcast elements.

    >>> b = np.broadcast(np.array([[1], [2]]), np.array([10, 20, 30]))
    >>> b.shape
    (2, 3)
    """

    def __init__(self, *args):
        if len(args) > 64:
            raise ValueError("Need at least 0 and at most 64 array objects.")
        arrays = []
        for a in args:
            # A nested broadcast object contributes the arrays it iterates, as in NumPy.
            if isinstance(a, broadcast):
                arrays.extend(a._arrays)
            else:
                arrays.append(asarray(a))
        self.shape = broadcast_shapes(*[a.shape for a in arrays])
        self._arrays = arrays
        self._views = [_broadcast_to_kernel(a, self.shape) for a in arrays]
        self.nd = len(self.shape)
        self.ndim = self.nd
        self.numiter = len(arrays)
        size = 1
        for d in self.shape:
            size *= d
        self.size = size
        self.index = 0
        self._flat = None

    @property
    def iters(self):
        return tuple(v.flat for v in self._views)

    def reset(self):
        self.index = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.index >= self.size:
            raise StopIteration
        if self._flat is None:
            # Flattened once, on first use; each step then reads one element per argument.
            self._flat = [v.ravel() for v in self._views]
        i = self.index
        self.index = i + 1
        return tuple(f[i] for f in self._flat)


def broadcast_arrays(*args, subok=False):
    """The arguments broadcast against each other (views sharing memory with the inputs).

    >>> [a.shape for a in np.broadcast_arrays(np.zeros((2, 1)), np.zeros(3))]
    [(2, 3), (2, 3)]
    """
    arrs = [asarray(a) for a in args]
    shape = broadcast_shapes(*[a.shape for a in arrs])
    return tuple(a if a.shape == shape else _broadcast_view(a, shape) for a in arrs)


def matrix_transpose(x, /):
    """Swap the last two axes (x.mT).

    >>> np.matrix_transpose(np.arange(6).reshape(2, 3))
    array([[0, 3],
           [1, 4],
           [2, 5]])
    """
    x = asarray(x)
    if x.ndim < 2:
        raise ValueError("Input array must be at least 2-dimensional, but it is " + str(x.ndim))
    return swapaxes(x, -1, -2)


def permute_dims(a, axes=None):
    """np.transpose under its array-API name.

    >>> np.permute_dims(np.zeros((2, 3, 4)), (2, 0, 1)).shape
    (4, 2, 3)
    """
    return transpose(a, axes)


def resize(a, new_shape):
    """A new array of the given shape, repeating the data of `a` as often as needed.

    >>> np.resize([1, 2, 3], (2, 4))
    array([[1, 2, 3, 1],
           [2, 3, 1, 2]])
    """
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
    """Cumulative sum (the array-API cumsum, optionally starting with 0).

    >>> np.cumulative_sum(np.array([1, 2, 3, 4]))
    array([ 1,  3,  6, 10])
    >>> np.cumulative_sum(np.array([1, 2, 3]), include_initial=True)
    array([0, 1, 3, 6])
    """
    return _cumulative(x, axis, dtype, include_initial, False)


def cumulative_prod(x, /, *, axis=None, dtype=None, out=None, include_initial=False):
    """Cumulative product (optionally starting with 1).

    >>> np.cumulative_prod(np.array([1, 2, 3, 4]))
    array([ 1,  2,  6, 24])
    """
    return _cumulative(x, axis, dtype, include_initial, True)
