# numpy.linalg composites, written in nabla after NumPy's numpy/linalg/_linalg.py with the same operation order (so
# results round the same): norms, cond, matrix_rank, pinv, matrix_power, multi_dot and the array-API aliases. The
# decompositions (det, inv, solve, eig, svd, qr, lstsq, ...) are Rust kernels of this module; `_np` is numpy.

_SlogdetResult = _np._result_tuple_class("SlogdetResult", ("sign", "logabsdet"))
_EigResult = _np._result_tuple_class("EigResult", ("eigenvalues", "eigenvectors"))
_EighResult = _np._result_tuple_class("EighResult", ("eigenvalues", "eigenvectors"))
_QRResult = _np._result_tuple_class("QRResult", ("Q", "R"))
_SVDResult = _np._result_tuple_class("SVDResult", ("U", "S", "Vh"))


def _transpose(a):
    return _np.swapaxes(a, -1, -2)


def _assert_stacked_square(a):
    if a.ndim < 2:
        raise LinAlgError('%d-dimensional array given. Array must be at least two-dimensional' % a.ndim)
    if a.shape[-1] != a.shape[-2]:
        raise LinAlgError('Last 2 dimensions of the array must be square')


def _assert_2d(*arrays):
    for a in arrays:
        if a.ndim != 2:
            raise LinAlgError('%d-dimensional array given. Array must be two-dimensional' % a.ndim)


def _is_empty_2d(arr):
    return arr.size == 0 and _np.prod(arr.shape[-2:]) == 0


def _real_type(dt):
    return _np.float32 if dt in (_np.float32, _np.complex64) else _np.float64


def _inv_dtype(x):
    # inv's result dtype for the operand (ints become float64, float32 and complex64 stay).
    k = x.dtype
    if k in (_np.float32, _np.complex64, _np.complex128):
        return k
    return _np.float64


def matrix_power(a, n):
    """Raise a square matrix to an integer power (negative powers invert it).

    >>> np.linalg.matrix_power(np.array([[1, 1], [0, 1]]), 3)
    array([[1, 3],
           [0, 1]])
    """
    a = _np.asarray(a)
    _assert_stacked_square(a)
    if not isinstance(n, (int, _np.integer)):
        raise TypeError("exponent must be an integer")
    n = int(n)
    fmatmul = _np.matmul
    if n == 0:
        a = _np.empty_like(a)
        a[...] = _np.eye(a.shape[-2], dtype=a.dtype)
        return a
    elif n < 0:
        a = inv(a)
        n = abs(n)
    if n == 1:
        return a
    elif n == 2:
        return fmatmul(a, a)
    elif n == 3:
        return fmatmul(fmatmul(a, a), a)
    # Binary decomposition: z runs through a, a**2, a**4, ...; result collects the set bits.
    z = None
    result = None
    while n > 0:
        z = a if z is None else fmatmul(z, z)
        n, bit = divmod(n, 2)
        if bit:
            result = z if result is None else fmatmul(result, z)
    return result


def svdvals(x, /):
    """The singular values of a matrix, largest first.

    >>> np.linalg.svdvals(np.array([[3.0, 0.0], [0.0, 4.0]]))
    array([4., 3.])
    """
    return svd(x, compute_uv=False, hermitian=False)


def cond(x, p=None):
    """The condition number of a matrix (in the 2-norm unless p says otherwise).

    >>> np.linalg.cond(np.array([[1.0, 0.0], [0.0, 2.0]]))
    np.float64(2.0)
    """
    x = _np.asarray(x)
    if _is_empty_2d(x):
        raise LinAlgError("cond is not defined on empty arrays")
    if p is None or p == 2 or p == -2:
        s = svd(x, compute_uv=False)
        with _np.errstate(all='ignore'):
            if p == -2:
                r = s[..., -1] / s[..., 0]
            else:
                r = s[..., 0] / s[..., -1]
    else:
        _assert_stacked_square(x)
        result_t = _real_type(_inv_dtype(x))
        with _np.errstate(all='ignore'):
            invx = _inv_unchecked(x)
            r = norm(x, p, axis=(-2, -1)) * norm(invx, p, axis=(-2, -1))
        r = r.astype(result_t, copy=False)
    # A singular matrix gives inf, unless the input itself had NaNs.
    nan_mask = _np.isnan(r)
    if nan_mask.any():
        nan_mask &= ~_np.isnan(x).any(axis=(-2, -1))
        if r.ndim > 0:
            r[nan_mask] = _np.inf
        elif nan_mask:
            r = r.dtype.type(_np.inf)
    return r


def _inv_unchecked(x):
    # cond's inverse: a singular matrix gives inf/nan entries instead of LinAlgError, as NumPy's gufunc does under
    # errstate(all='ignore').
    try:
        return inv(x)
    except LinAlgError:
        return _np.full(x.shape, _np.nan, dtype=_inv_dtype(x))


def matrix_rank(A, tol=None, hermitian=False, *, rtol=None):
    """The rank of a matrix (the number of singular values above a tolerance).

    >>> np.linalg.matrix_rank(np.array([[1.0, 2.0], [2.0, 4.0]]))
    np.int64(1)
    >>> np.linalg.matrix_rank(np.eye(3))
    np.int64(3)
    """
    if rtol is not None and tol is not None:
        raise ValueError("`tol` and `rtol` can't be both set.")
    A = _np.asarray(A)
    if A.ndim < 2:
        return int(not _np.all(A == 0))
    S = svd(A, compute_uv=False, hermitian=hermitian)
    if tol is None:
        if rtol is None:
            rtol = max(A.shape[-2:]) * _np.finfo(S.dtype).eps
        else:
            rtol = _np.asarray(rtol)[..., None]
        tol = S.max(axis=-1, keepdims=True, initial=0) * rtol
    else:
        tol = _np.asarray(tol)[..., None]
    return _np.count_nonzero(S > tol, axis=-1)


class _NoValueType:
    def __repr__(self):
        return "<no value>"


_NoValue = _NoValueType()


def pinv(a, rcond=None, hermitian=False, *, rtol=_NoValue):
    """The Moore-Penrose pseudo-inverse of a matrix.

    >>> np.linalg.pinv(np.array([[2.0, 0.0], [0.0, 4.0]]))
    array([[0.5 , 0.  ],
           [0.  , 0.25]])
    """
    a = _np.asarray(a)
    if rcond is None:
        if rtol is _NoValue:
            rcond = 1e-15
        elif rtol is None:
            rcond = max(a.shape[-2:]) * _np.finfo(a.dtype).eps
        else:
            rcond = rtol
    elif rtol is not _NoValue:
        raise ValueError("`rtol` and `rcond` can't be both set.")
    rcond = _np.asarray(rcond)
    if _is_empty_2d(a):
        m, n = a.shape[-2:]
        return _np.empty(a.shape[:-2] + (n, m), dtype=a.dtype)
    a = a.conjugate()
    u, s, vt = svd(a, full_matrices=False, hermitian=hermitian)
    cutoff = rcond[..., None] * _np.amax(s, axis=-1, keepdims=True)
    large = s > cutoff
    # NumPy's divide(1, s, where=large, out=s) followed by s[~large] = 0.
    s = _np.where(large, 1 / _np.where(large, s, 1), 0).astype(s.dtype)
    return _np.matmul(_transpose(vt), _np.multiply(s[..., None], _transpose(u)))


def _multi_svd_norm(x, row_axis, col_axis, op, initial=None):
    y = _np.moveaxis(x, (row_axis, col_axis), (-2, -1))
    s = svd(y, compute_uv=False)
    if initial is None:
        return op(s, axis=-1)
    return op(s, axis=-1, initial=initial)


def _norm_axis(axis, nd):
    return _np._normalize_axis(axis, nd)


def norm(x, ord=None, axis=None, keepdims=False):
    """Matrix or vector norm (ord: the order; axis: the axes; keepdims).

    >>> np.linalg.norm([3.0, 4.0])
    np.float64(5.0)
    >>> np.linalg.norm([[1.0, 2.0], [3.0, 4.0]], 'fro')
    np.float64(5.477225575051661)
    >>> np.linalg.norm([3.0, -4.0], ord=1)
    np.float64(7.0)
    """
    x = _np.asarray(x)
    if x.dtype.kind not in 'fc':
        x = x.astype(_np.float64)
    # The common cases first: the 2-norm of everything.
    if axis is None:
        ndim = x.ndim
        if (ord is None) or (isinstance(ord, str) and ord in ('f', 'fro') and ndim == 2) or \
                (not isinstance(ord, str) and ord == 2 and ndim == 1):
            x = x.ravel(order='K')
            if x.dtype.kind == 'c':
                x_real = x.real
                x_imag = x.imag
                sqnorm = x_real.dot(x_real) + x_imag.dot(x_imag)
            else:
                sqnorm = x.dot(x)
            ret = _np.sqrt(sqnorm)
            if keepdims:
                ret = ret.reshape(ndim * [1])
            return ret
    nd = x.ndim
    if axis is None:
        axis = tuple(range(nd))
    elif not isinstance(axis, tuple):
        if not isinstance(axis, (int, _np.integer)):
            raise TypeError("'axis' must be None, an integer or a tuple of integers")
        axis = (int(axis),)
    if len(axis) == 1:
        if isinstance(ord, str):
            if ord in ('f', 'fro', 'nuc'):
                raise ValueError(f"Invalid norm order '{ord}' for vectors")
            raise ValueError(f"Invalid norm order '{ord}' for vectors")
        if ord == _np.inf:
            return abs(x).max(axis=axis, keepdims=keepdims, initial=0)
        elif ord == -_np.inf:
            return abs(x).min(axis=axis, keepdims=keepdims)
        elif ord == 0:
            return (x != 0).astype(x.real.dtype).sum(axis=axis, keepdims=keepdims)
        elif ord == 1:
            return _np.add.reduce(abs(x), axis=axis, keepdims=keepdims)
        elif ord is None or ord == 2:
            s = (x.conj() * x).real
            return _np.sqrt(_np.add.reduce(s, axis=axis, keepdims=keepdims))
        else:
            absx = abs(x)
            absx **= ord
            ret = _np.add.reduce(absx, axis=axis, keepdims=keepdims)
            ret **= _np.reciprocal(ord, dtype=ret.dtype)
            return ret
    elif len(axis) == 2:
        row_axis, col_axis = axis
        row_axis = _norm_axis(row_axis, nd)
        col_axis = _norm_axis(col_axis, nd)
        if row_axis == col_axis:
            raise ValueError('Duplicate axes given.')
        is_str = isinstance(ord, str)
        if not is_str and ord == 2:
            ret = _multi_svd_norm(x, row_axis, col_axis, _np.amax, 0)
        elif not is_str and ord == -2:
            ret = _multi_svd_norm(x, row_axis, col_axis, _np.amin)
        elif not is_str and ord == 1:
            if col_axis > row_axis:
                col_axis -= 1
            ret = _np.add.reduce(abs(x), axis=row_axis).max(axis=col_axis, initial=0)
        elif not is_str and ord == _np.inf:
            if row_axis > col_axis:
                row_axis -= 1
            ret = _np.add.reduce(abs(x), axis=col_axis).max(axis=row_axis, initial=0)
        elif not is_str and ord == -1:
            if col_axis > row_axis:
                col_axis -= 1
            ret = _np.add.reduce(abs(x), axis=row_axis).min(axis=col_axis)
        elif not is_str and ord == -_np.inf:
            if row_axis > col_axis:
                row_axis -= 1
            ret = _np.add.reduce(abs(x), axis=col_axis).min(axis=row_axis)
        elif ord is None or (is_str and ord in ('fro', 'f')):
            ret = _np.sqrt(_np.add.reduce((x.conj() * x).real, axis=axis))
        elif is_str and ord == 'nuc':
            ret = _multi_svd_norm(x, row_axis, col_axis, _np.sum, 0)
        else:
            raise ValueError("Invalid norm order for matrices.")
        if keepdims:
            ret_shape = list(x.shape)
            ret_shape[axis[0]] = 1
            ret_shape[axis[1]] = 1
            ret = ret.reshape(ret_shape)
        return ret
    else:
        raise ValueError("Improper number of dimensions to norm.")


def matrix_norm(x, /, *, keepdims=False, ord="fro"):
    """The norm of the matrices in the last two axes ('fro' by default).

    >>> np.linalg.matrix_norm(np.array([[1.0, 2.0], [2.0, 4.0]]))
    np.float64(5.0)
    """
    x = _np.asarray(x)
    return norm(x, axis=(-2, -1), keepdims=keepdims, ord=ord)


def vector_norm(x, /, *, axis=None, keepdims=False, ord=2):
    """The norm of vectors (the whole array by default; ord=2).

    >>> np.linalg.vector_norm([3.0, 4.0])
    np.float64(5.0)
    >>> np.linalg.vector_norm([[1.0, 2.0], [3.0, 4.0]], axis=1, ord=1)
    array([3., 7.])
    """
    x = _np.asarray(x)
    shape = list(x.shape)
    if axis is None:
        x = x.ravel()
        _axis = 0
    elif isinstance(axis, tuple):
        normalized_axis = _np._axis_tuple(axis, x.ndim)
        rest = tuple(i for i in range(x.ndim) if i not in normalized_axis)
        newshape = axis + rest
        x = _np.transpose(x, newshape).reshape((int(_np.prod([x.shape[i] for i in axis])),) +
                                               tuple(x.shape[i] for i in rest))
        _axis = 0
    else:
        _axis = axis
    res = norm(x, axis=_axis, ord=ord)
    if keepdims:
        _axis = _np._axis_tuple(tuple(range(len(shape))) if axis is None else axis, len(shape))
        for i in _axis:
            shape[i] = 1
        res = res.reshape(tuple(shape))
    return res


def multi_dot(arrays, *, out=None):
    """The product of several matrices, in the cheapest order.

    >>> np.linalg.multi_dot([np.eye(2), [[1, 2], [3, 4]], [[1], [1]]])
    array([[3.],
           [7.]])
    """
    n = len(arrays)
    if n < 2:
        raise ValueError("Expecting at least two arrays.")
    elif n == 2:
        return _np.dot(arrays[0], arrays[1], out=out)
    arrays = [_np.asarray(a) for a in arrays]
    ndim_first, ndim_last = arrays[0].ndim, arrays[-1].ndim
    if arrays[0].ndim == 1:
        arrays[0] = _np.atleast_2d(arrays[0])
    if arrays[-1].ndim == 1:
        arrays[-1] = _np.atleast_2d(arrays[-1]).T
    _assert_2d(*arrays)
    if n == 3:
        result = _multi_dot_three(arrays[0], arrays[1], arrays[2], out=out)
    else:
        order = _multi_dot_matrix_chain_order(arrays)
        result = _multi_dot(arrays, order, 0, n - 1, out=out)
    if ndim_first == 1 and ndim_last == 1:
        return result[0, 0]
    elif ndim_first == 1 or ndim_last == 1:
        return result.ravel()
    return result


def _multi_dot_three(A, B, C, out=None):
    a0, a1b0 = A.shape
    b1c0, c1 = C.shape
    cost1 = a0 * b1c0 * (a1b0 + c1)
    cost2 = a1b0 * c1 * (a0 + b1c0)
    if cost1 < cost2:
        return _np.dot(_np.dot(A, B), C, out=out)
    return _np.dot(A, _np.dot(B, C), out=out)


def _multi_dot_matrix_chain_order(arrays):
    # Cormen's dynamic program for the cheapest parenthesisation.
    n = len(arrays)
    p = [a.shape[0] for a in arrays] + [arrays[-1].shape[1]]
    m = [[0] * n for _ in range(n)]
    s = [[0] * n for _ in range(n)]
    for ell in range(1, n):
        for i in range(n - ell):
            j = i + ell
            m[i][j] = None
            for k in range(i, j):
                q = m[i][k] + m[k + 1][j] + p[i] * p[k + 1] * p[j + 1]
                if m[i][j] is None or q < m[i][j]:
                    m[i][j] = q
                    s[i][j] = k
    return s


def _multi_dot(arrays, order, i, j, out=None):
    if i == j:
        return arrays[i]
    return _np.dot(_multi_dot(arrays, order, i, order[i][j]), _multi_dot(arrays, order, order[i][j] + 1, j),
                   out=out)


def outer(x1, x2, /):
    """The outer product of two vectors.

    >>> np.linalg.outer([1, 2], [3, 4, 5])
    array([[ 3,  4,  5],
           [ 6,  8, 10]])
    """
    x1 = _np.asarray(x1)
    x2 = _np.asarray(x2)
    if x1.ndim != 1 or x2.ndim != 1:
        raise ValueError(f"Input arrays must be one-dimensional, but they are x1.ndim={x1.ndim!r} and "
                         f"x2.ndim={x2.ndim!r}.")
    return _np.outer(x1, x2)


def cross(x1, x2, /, *, axis=-1):
    """The cross product of 3-element vectors.

    >>> np.linalg.cross([1, 0, 0], [0, 1, 0])
    array([0, 0, 1])
    """
    x1 = _np.asarray(x1)
    x2 = _np.asarray(x2)
    if x1.shape[axis] != 3 or x2.shape[axis] != 3:
        raise ValueError(f"Both input arrays must be (arrays of) 3-dimensional vectors, but they are "
                         f"{x1.shape[axis]} and {x2.shape[axis]} dimensional instead.")
    return _np.cross(x1, x2, axis=axis)


def matmul(x1, x2, /):
    """The matrix product of two arrays (as the @ operator).

    >>> np.linalg.matmul([[1, 2], [3, 4]], [[5], [6]])
    array([[17],
           [39]])
    """
    return _np.matmul(x1, x2)


def vecdot(x1, x2, /, *, axis=-1):
    """The dot product of vectors along the last axis.

    >>> np.linalg.vecdot([[1, 2], [3, 4]], [1, 1])
    array([3, 7])
    """
    return _np.vecdot(x1, x2, axis=axis)


def matrix_transpose(x, /):
    """Transpose the last two axes of an array.

    >>> np.linalg.matrix_transpose(np.arange(6).reshape(2, 3))
    array([[0, 3],
           [1, 4],
           [2, 5]])
    """
    return _np.matrix_transpose(x)


def diagonal(x, /, *, offset=0):
    """The diagonals of the matrices in the last two axes (offset selects which).

    >>> np.linalg.diagonal(np.arange(9).reshape(3, 3))
    array([0, 4, 8])
    """
    return _np.diagonal(x, offset, -2, -1)


def trace(x, /, *, offset=0, dtype=None):
    """The sums along the diagonals of the matrices in the last two axes.

    >>> np.linalg.trace(np.arange(9).reshape(3, 3))
    np.int64(12)
    """
    return _np.trace(x, offset, -2, -1, dtype)


def tensordot(x1, x2, /, *, axes=2):
    """Sum products over the given axes of two arrays (the last `axes` of a with the first of b).

    >>> np.linalg.tensordot(np.arange(6).reshape(2, 3), np.arange(6).reshape(3, 2), axes=1)
    array([[10, 13],
           [28, 40]])
    """
    return _np.tensordot(x1, x2, axes=axes)
