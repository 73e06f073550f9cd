# numpy part: comparisons and np.testing.


def allclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    """Whether two arrays are equal within a tolerance (|a - b| <= atol + rtol * |b|).

    >>> np.allclose([1.0, 2.0], [1.0, 2.0 + 1e-9])
    True
    >>> np.allclose([1.0, np.nan], [1.0, np.nan], equal_nan=True)
    True
    """
    return True if asarray(isclose(a, b, rtol=rtol, atol=atol, equal_nan=equal_nan)).all() else False


def isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    # Python scalars stay weak (np.isclose(np.float32(0.1), 0.1) compares in float32), as in NumPy.
    """Element-wise whether two arrays are equal within a tolerance.

    >>> np.isclose([1.0, 2.0], [1.0, 2.1])
    array([ True, False])
    """
    x, y, atol, rtol = (v if isinstance(v, (int, float, complex)) else asarray(v) for v in (a, b, atol, rtol))
    # y goes inexact so that abs() of the most negative integer cannot wrap; x is cast along with it.
    if isinstance(y, ndarray):
        y = asarray(y, dtype=result_type(y, 1.0))
    elif isinstance(y, int):
        y = float(y)
    with errstate(invalid='ignore'):
        result = (less_equal(absolute(x - y), atol + rtol * absolute(y)) & isfinite(y)) | equal(x, y)
        if equal_nan:
            result = result | (isnan(x) & isnan(y))
    return _scalar_out(result)


def array_equal(a1, a2, equal_nan=False):
    """Whether two arrays have the same shape and elements.

    >>> np.array_equal([1, 2], [1, 2])
    True
    >>> np.array_equal([1, 2], [1, 2, 3])
    False
    """
    a1 = asarray(a1)
    a2 = asarray(a2)
    if a1.shape != a2.shape:
        return False
    eq = a1 == a2
    if equal_nan:
        eq = eq | (isnan(a1) & isnan(a2))
    return True if eq.all() else False


def array_equiv(a1, a2):
    """Whether two arrays are equal after broadcasting.

    >>> np.array_equiv([1, 2], [[1, 2], [1, 2]])
    True
    """
    a1 = asarray(a1)
    a2 = asarray(a2)
    try:
        broadcast_shapes(a1.shape, a2.shape)
    except ValueError:
        return False
    return _pybool((a1 == a2).all())


# --- np.testing --------------------------------------------------------------------------------------------------
# Ports of numpy/testing/_private/utils.py: the messages (header, err_msg, the mismatch remarks, the ACTUAL/DESIRED
# reprs) are built the same way, so a caught AssertionError reads as NumPy's.

def _build_err_msg(arrays, err_msg, header='Items are not equal:', verbose=True, names=('ACTUAL', 'DESIRED'),
                   precision=8):
    msg = ['\n' + header]
    err_msg = str(err_msg)
    if err_msg:
        if err_msg.find('\n') == -1 and len(err_msg) < 79 - len(header):
            msg = [msg[0] + ' ' + err_msg]
        else:
            msg.append(err_msg)
    if verbose:
        for i, a in enumerate(arrays):
            r = array_repr(a, precision=precision) if isinstance(a, ndarray) else repr(a)
            if r.count('\n') > 3:
                r = '\n'.join(r.splitlines()[:3]) + '...'
            msg.append(' ' + names[i] + ': ' + r)
    return '\n'.join(msg)


def _is_numeric_array(x):
    return x.dtype.kind in 'biufc'


def _isscalar(x):
    return isinstance(x, (int, float, complex, str, bytes, generic))


def _iscomplexobj(x):
    # Strings and other non-array values are not complex (nabla has no string arrays to ask).
    if isinstance(x, complex):
        return True
    try:
        return asarray(x).dtype.kind == 'c'
    except (TypeError, ValueError, NotImplementedError):
        return False


def _assert_same_pos(x, y, isfunc, hasval, err_msg, verbose, header, names, precision):
    # The positions where isfunc holds must agree; a 0-d side's flag stands for the whole array.
    x_id = asarray(isfunc(x))
    y_id = asarray(isfunc(y))
    if _pybool((x_id == y_id).all()) is not True:
        raise AssertionError(_build_err_msg([x, y], err_msg + '\n' + hasval + ' location mismatch:', verbose=verbose,
                                            header=header, names=names, precision=precision))
    if x_id.ndim == 0:
        return x_id
    if y_id.ndim == 0:
        return y_id
    return y_id


def _mismatch_remarks(x, y, ox, oy, val, flagged, names):
    invalids = logical_not(val)
    reduced = val.ravel()
    n_mismatch = int(reduced.size - reduced.sum())
    n_elements = flagged.size if flagged.ndim != 0 else reduced.size
    pct = 100 * n_mismatch / n_elements
    remarks = ['Mismatched elements: ' + str(n_mismatch) + ' / ' + str(n_elements) + ' (' + ('%.3g' % pct) + '%)']
    if invalids.ndim != 0:
        if flagged.ndim > 0:
            positions = argwhere(~flagged)[invalids]
        else:
            positions = argwhere(invalids)
        rows = []
        for p in positions[:5]:
            xv = ox if ox.ndim == 0 else ox[tuple(p.tolist())]
            yv = oy if oy.ndim == 0 else oy[tuple(p.tolist())]
            rows.append(' ' + str(p.tolist()) + ': ' + str(xv) + ' (' + names[0] + '), ' + str(yv) + ' (' +
                        names[1] + ')')
        s = '\n'.join(rows)
        if len(positions) == 1:
            remarks.append('Mismatch at index:\n' + s)
        elif len(positions) <= 5:
            remarks.append('Mismatch at indices:\n' + s)
        else:
            remarks.append('First 5 mismatches are at indices:\n' + s)
    try:
        error = absolute(x - y)
    except TypeError:
        # bool and string arrays have no difference; NumPy leaves the error lines out.
        return remarks
    if x.dtype.kind == 'u':
        error = minimum(error, absolute(y - x))
    remarks.append('Max absolute difference among violations: ' + array2string(max(error[invalids])))
    nonzero_and_invalid = logical_and(invalids, asarray(y != 0))
    if not _pybool(nonzero_and_invalid.any()):
        max_rel = array(inf)
    else:
        by = broadcast_to(y, error.shape)
        with errstate(all='ignore'):
            max_rel = max(error[nonzero_and_invalid] / absolute(by[nonzero_and_invalid]))
    remarks.append('Max relative difference among violations: ' + array2string(max_rel))
    return remarks


def _assert_array_compare(comparison, x, y, err_msg='', verbose=True, header='', precision=6, equal_nan=True,
                          equal_inf=True, strict=False, names=('ACTUAL', 'DESIRED')):
    x = asarray(x)
    y = asarray(y)
    ox = x
    oy = y
    if strict:
        cond = x.shape == y.shape and x.dtype == y.dtype
    else:
        cond = x.shape == () or y.shape == () or x.shape == y.shape
    if not cond:
        if x.shape != y.shape:
            reason = '\n(shapes ' + str(x.shape) + ', ' + str(y.shape) + ' mismatch)'
        else:
            reason = '\n(dtypes ' + str(x.dtype) + ', ' + str(y.dtype) + ' mismatch)'
        raise AssertionError(_build_err_msg([x, y], err_msg + reason, verbose=verbose, header=header, names=names,
                                            precision=precision))
    flagged = asarray(False)
    if _is_numeric_array(x) and _is_numeric_array(y):
        if equal_nan:
            flagged = _assert_same_pos(x, y, isnan, 'nan', err_msg, verbose, header, names, precision)
        if equal_inf:
            notnan = logical_not(flagged)
            infs = _assert_same_pos(x, y, lambda v: logical_and(isinf(v), notnan), 'inf', err_msg, verbose, header,
                                    names, precision)
            if _pybool(infs.any()):
                xi = x[infs] if x.ndim > 0 and y.ndim > 0 else x
                yi = y[infs] if x.ndim > 0 and y.ndim > 0 else y
                if not _pybool(asarray(xi == yi).all()):
                    raise AssertionError(_build_err_msg([xi, yi], err_msg + '\ninf values mismatch:', verbose=verbose,
                                                        header=header, names=names, precision=precision))
            flagged = flagged | infs
    if flagged.ndim > 0:
        x = x[~flagged]
        y = y[~flagged]
        if x.size == 0:
            return None
    elif _pybool(flagged):
        return None
    val = asarray(comparison(x, y))
    if not _pybool(val.all()):
        remarks = _mismatch_remarks(x, y, ox, oy, val, flagged, names)
        msg = str(err_msg) + '\n' + '\n'.join(remarks)
        raise AssertionError(_build_err_msg([ox, oy], msg, verbose=verbose, header=header, names=names,
                                            precision=precision))
    return None


def _nonfinite_checked(actual, desired, msg):
    # NumPy's scalar comparisons settle non-finite values first: NaN matches only NaN, an infinity only itself.
    # True when that decided (and passed); raises when it failed.
    if _pybool(isfinite(desired)) and _pybool(isfinite(actual)):
        return False
    if _pybool(isnan(desired)) or _pybool(isnan(actual)):
        if not (_pybool(isnan(desired)) and _pybool(isnan(actual))):
            raise AssertionError(msg)
    elif not desired == actual:
        raise AssertionError(msg)
    return True


class _Testing:
    """A small `np.testing`: the assertion helpers raise AssertionError on mismatch."""

    def assert_array_equal(self, actual, desired, err_msg='', verbose=True, *, strict=False):
        _assert_array_compare(equal, actual, desired, err_msg=err_msg, verbose=verbose, header='Arrays are not equal',
                              strict=strict)

    def assert_equal(self, actual, desired, err_msg='', verbose=True, *, strict=False):
        if isinstance(desired, dict):
            if not isinstance(actual, dict):
                raise AssertionError(repr(type(actual)))
            self.assert_equal(len(actual), len(desired), err_msg, verbose)
            for k in desired:
                if k not in actual:
                    raise AssertionError(repr(k))
                self.assert_equal(actual[k], desired[k], 'key=' + repr(k) + '\n' + err_msg, verbose)
            return None
        if isinstance(desired, (list, tuple)) and isinstance(actual, (list, tuple)):
            self.assert_equal(len(actual), len(desired), err_msg, verbose)
            for k in range(len(desired)):
                self.assert_equal(actual[k], desired[k], 'item=' + repr(k) + '\n' + err_msg, verbose)
            return None
        if isinstance(actual, ndarray) or isinstance(desired, ndarray):
            return self.assert_array_equal(actual, desired, err_msg, verbose, strict=strict)
        msg = _build_err_msg([actual, desired], err_msg, verbose=verbose)
        if _iscomplexobj(actual) or _iscomplexobj(desired):
            try:
                self.assert_equal(real(actual), real(desired))
                self.assert_equal(imag(actual), imag(desired))
            except AssertionError:
                raise AssertionError(msg)
        if _isscalar(desired) != _isscalar(actual):
            raise AssertionError(msg)
        try:
            if _pybool(isnan(desired)) and _pybool(isnan(actual)):
                return None
            if desired == 0 and actual == 0:
                if _pybool(signbit(desired)) != _pybool(signbit(actual)):
                    raise AssertionError(msg)
        except (TypeError, ValueError, NotImplementedError):
            pass
        if not (desired == actual):
            raise AssertionError(msg)
        return None

    def assert_allclose(self, actual, desired, rtol=1e-07, atol=0, equal_nan=True, err_msg='', verbose=True,
                        *, strict=False):
        header = "Not equal to tolerance rtol=" + ("%g" % rtol) + ", atol=" + ("%g" % atol)
        _assert_array_compare(lambda x, y: isclose(x, y, rtol=rtol, atol=atol, equal_nan=equal_nan), actual, desired,
                              err_msg=str(err_msg), verbose=verbose, header=header, equal_nan=equal_nan,
                              strict=strict)

    def assert_array_almost_equal(self, actual, desired, decimal=6, err_msg='', verbose=True):
        def compare(x, y):
            # y goes inexact first, so abs() of the most negative integer cannot wrap.
            y = asarray(y, dtype=result_type(y, 1.0))
            return absolute(x - y) < 1.5 * 10.0 ** (-decimal)

        _assert_array_compare(compare, actual, desired, err_msg=err_msg, verbose=verbose,
                              header='Arrays are not almost equal to ' + str(decimal) + ' decimals',
                              precision=decimal)

    def assert_almost_equal(self, actual, desired, decimal=7, err_msg='', verbose=True):
        msg = _build_err_msg([actual, desired], err_msg, verbose=verbose,
                             header='Arrays are not almost equal to ' + str(int(decimal)) + ' decimals')
        if _iscomplexobj(actual) or _iscomplexobj(desired):
            try:
                self.assert_almost_equal(real(actual), real(desired), decimal=decimal)
                self.assert_almost_equal(imag(actual), imag(desired), decimal=decimal)
            except AssertionError:
                raise AssertionError(msg)
        if isinstance(actual, (ndarray, tuple, list)) or isinstance(desired, (ndarray, tuple, list)):
            return self.assert_array_almost_equal(actual, desired, decimal, err_msg)
        try:
            if _nonfinite_checked(actual, desired, msg):
                return None
        except (NotImplementedError, TypeError):
            pass
        if _pybool(absolute(desired - actual) >= float64(1.5 * 10.0 ** (-decimal))):
            raise AssertionError(msg)
        return None

    def assert_approx_equal(self, actual, desired, significant=7, err_msg='', verbose=True):
        actual = float(actual)
        desired = float(desired)
        if desired == actual:
            return None
        # Both are scaled by the power of ten of their mean magnitude, then compared to significant-1 decimals.
        with errstate(invalid='ignore'):
            scale = 0.5 * (absolute(desired) + absolute(actual))
            scale = power(10, floor(log10(scale)))
        sc_desired = desired / scale if scale != 0 else 0.0
        sc_actual = actual / scale if scale != 0 else 0.0
        msg = _build_err_msg([actual, desired], err_msg, verbose=verbose,
                             header='Items are not equal to ' + str(int(significant)) + ' significant digits:')
        if _nonfinite_checked(actual, desired, msg):
            return None
        if _pybool(absolute(sc_desired - sc_actual) >= power(10.0, -(significant - 1))):
            raise AssertionError(msg)
        return None

    def assert_array_less(self, x, y, err_msg='', verbose=True, *, strict=False):
        _assert_array_compare(less, x, y, err_msg=err_msg, verbose=verbose,
                              header='Arrays are not strictly ordered `x < y`', equal_inf=False, strict=strict,
                              names=('x', 'y'))


testing = _Testing()
