# numpy part: sorting and sets. lexsort, partition, unique (axis=, equal_nan=, sorted=), the NumPy 2 unique_*
# functions with their result tuples, and the set operations.


# --- sorting -----------------------------------------------------------------------------------------------------

def lexsort(keys, axis=-1):
    # Repeated stable sorts, least significant key (the first) first.
    """An indirect stable sort by several keys, the last key primary.

    >>> np.lexsort(([1, 2, 3, 4], [1, 0, 1, 0]))
    array([1, 3, 0, 2])
    """
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
    """A copy with the k-th element in its sorted place, smaller ones before it and larger after.

    >>> np.partition([3, 4, 2, 1], 2)[2]
    np.int64(3)
    """
    a = asarray(a)
    if axis is None:
        a = a.ravel()
        axis = -1
    if a.ndim == 0:
        raise ValueError("Cannot partition a 0-d array")
    _check_kth(kth, a.shape[_normalize_axis(axis, a.ndim)])
    return sort(a, axis=axis)


def argpartition(a, kth, axis=-1, kind='introselect', order=None):
    """The indices that would partition an array around its k-th element.

    >>> int(np.argpartition([3, 4, 2, 1], 2)[2])
    0
    """
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
    """The sorted unique elements of an array (with return_index, return_inverse, return_counts).

    >>> np.unique([3, 1, 2, 3, 1])
    array([1, 2, 3])
    >>> np.unique([3, 1, 2, 3, 1], return_counts=True)
    (array([1, 2, 3]), array([2, 1, 2]))
    """
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


def _result_tuple_class(name, fields):
    # A subclass per result, renamed so that type(r).__name__ is NumPy's namedtuple name (UniqueAllResult, ...);
    # it stays out of the numpy namespace as NumPy's does.
    class _Named(_ResultTuple):
        def __init__(self, values):
            _ResultTuple.__init__(self, name, fields, values)

    _Named.__name__ = name
    return _Named


_UniqueAllResult = _result_tuple_class("UniqueAllResult", ("values", "indices", "inverse_indices", "counts"))
_UniqueCountsResult = _result_tuple_class("UniqueCountsResult", ("values", "counts"))
_UniqueInverseResult = _result_tuple_class("UniqueInverseResult", ("values", "inverse_indices"))


def unique_all(x):
    """The unique values with their first indices, inverse indices and counts.

    >>> np.unique_all([1, 1, 2])
    UniqueAllResult(values=array([1, 2]), indices=array([0, 2]), inverse_indices=array([0, 0, 1]), counts=array([2, 1]))
    """
    r = unique(x, return_index=True, return_inverse=True, return_counts=True, equal_nan=False)
    return _UniqueAllResult(r)


def unique_counts(x):
    """The unique values and how often each occurs.

    >>> np.unique_counts([1, 1, 2])
    UniqueCountsResult(values=array([1, 2]), counts=array([2, 1]))
    """
    r = unique(x, return_counts=True, equal_nan=False)
    return _UniqueCountsResult(r)


def unique_inverse(x):
    """The unique values and the indices that rebuild the input from them.

    >>> np.unique_inverse([3, 1, 3])
    UniqueInverseResult(values=array([1, 3]), inverse_indices=array([1, 0, 1]))
    """
    r = unique(x, return_inverse=True, equal_nan=False)
    return _UniqueInverseResult(r)


def unique_values(x):
    """The unique values of an array.

    >>> np.unique_values([3, 1, 3])
    array([1, 3])
    """
    return unique(x, equal_nan=False, sorted=False)


# --- set operations ------------------------------------------------------------------------------------------------

# The Rust isin does the membership test; NumPy's kind= checks happen here first.
_isin_kernel = isin


def isin(element, test_elements, assume_unique=False, invert=False, *, kind=None):
    """Whether each element of element is in test_elements.

    >>> np.isin([1, 2, 3, 4], [2, 4])
    array([False,  True, False,  True])
    """
    if kind is not None and kind != 'sort' and kind != 'table':
        raise ValueError("Invalid kind: " + repr(kind) + ". Please use None, 'sort' or 'table'.")
    if kind == 'table':
        ar1 = asarray(element)
        ar2 = asarray(test_elements)
        if not (ar1.dtype.kind in 'uib' and ar2.dtype.kind in 'uib'):
            raise ValueError("The 'table' method is only supported for boolean or integer arrays. "
                             "Please select 'sort' or None for kind.")
        if ar2.size > 0:
            ar2 = ar2.astype(uint8) if ar2.dtype.kind == 'b' else ar2
            if int(ar2.max()) - int(ar2.min()) > iinfo(ar2.dtype).max:
                raise RuntimeError("You have specified kind='table', but the range of values in `ar2` or `ar1` "
                                   "exceed the maximum integer of the datatype. Please set `kind` to None or 'sort'.")
    return _isin_kernel(element, test_elements, assume_unique=assume_unique, invert=invert)


def intersect1d(ar1, ar2, assume_unique=False, return_indices=False):
    """The sorted unique values in both arrays.

    >>> np.intersect1d([1, 3, 4, 3], [3, 1, 2, 1])
    array([1, 3])
    """
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
    """The sorted unique values in exactly one of the arrays.

    >>> np.setxor1d([1, 2, 3], [2, 3, 4])
    array([1, 4])
    """
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
    """The sorted unique values in either array.

    >>> np.union1d([-1, 0, 1], [-2, 0, 2])
    array([-2, -1,  0,  1,  2])
    """
    return unique(concatenate((asarray(ar1).ravel(), asarray(ar2).ravel())))


def setdiff1d(ar1, ar2, assume_unique=False):
    """The sorted unique values of ar1 that are not in ar2.

    >>> np.setdiff1d([1, 2, 3, 4], [3, 4, 5])
    array([1, 2])
    """
    if assume_unique:
        ar1 = asarray(ar1).ravel()
    else:
        ar1 = unique(ar1)
        ar2 = unique(ar2)
    return ar1[isin(ar1, ar2, assume_unique=True, invert=True)]
