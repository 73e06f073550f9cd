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
