# Tensor contractions and polynomials of the numpy module, written in nabla: einsum, poly1d and the poly* functions.


# --- einsum --------------------------------------------------------------------------------------------------------
# NumPy's C einsum, rebuilt from array operations: each operand's repeated labels become diagonals, the operands are
# transposed into the iteration order (output labels, then the summed labels in alphabetical order) with new axes for
# labels they lack, multiplied together in operand order and summed over the summed labels in the common dtype.
# Labels are one-letter strings; the dimensions of an ellipsis get the integer labels 0, 1, ... of the output's
# broadcast dimensions, aligned at the right as NumPy broadcasts them.

def _einsum_is_label(ch):
    return ('a' <= ch and ch <= 'z') or ('A' <= ch and ch <= 'Z')


def _einsum_parse_operand(sub, ndim, iop, counts):
    # The operand's labels (None where the ellipsis' dimensions go) and its ellipsis position.
    labels = []
    ellipsis = -1
    i = 0
    n = len(sub)
    while i < n:
        ch = sub[i]
        if _einsum_is_label(ch):
            if len(labels) >= ndim:
                raise ValueError("einstein sum subscripts string contains too many subscripts for operand " +
                                 str(iop))
            labels.append(ch)
            counts[ch] = counts.get(ch, 0) + 1
        elif ch == '.':
            if ellipsis != -1 or i + 2 >= n or sub[i + 1] != '.' or sub[i + 2] != '.':
                raise ValueError("einstein sum subscripts string contains a '.' that is not part of an ellipsis "
                                 "('...') in operand " + str(iop))
            i += 2
            ellipsis = len(labels)
        elif ch != ' ':
            raise ValueError("invalid subscript '" + ch + "' in einstein sum subscripts string, subscripts must "
                             "be letters")
        i += 1
    if ellipsis == -1:
        if len(labels) != ndim:
            raise ValueError("operand has more dimensions than subscripts given in einstein sum, but no '...' "
                             "ellipsis provided to broadcast the extra dimensions.")
        return labels, 0
    nb = ndim - len(labels)
    return labels[:ellipsis] + [None] * nb + labels[ellipsis:], nb


def _einsum_parse_output(sub, nbroad, counts):
    out = []
    ellipsis = False
    i = 0
    n = len(sub)
    while i < n:
        ch = sub[i]
        if _einsum_is_label(ch):
            if ch in sub[i + 1:]:
                raise ValueError("einstein sum subscripts string includes output subscript '" + ch +
                                 "' multiple times")
            if counts.get(ch, 0) == 0:
                raise ValueError("einstein sum subscripts string included output subscript '" + ch +
                                 "' which never appeared in an input")
            out.append(ch)
        elif ch == '.':
            if ellipsis or i + 2 >= n or sub[i + 1] != '.' or sub[i + 2] != '.':
                raise ValueError("einstein sum subscripts string contains a '.' that is not part of an ellipsis "
                                 "('...') in the output")
            i += 2
            ellipsis = True
            out += list(range(nbroad))
        elif ch != ' ':
            raise ValueError("invalid subscript '" + ch + "' in einstein sum subscripts string, subscripts must "
                             "be letters")
        i += 1
    if not ellipsis and nbroad > 0:
        raise ValueError("output has more dimensions than subscripts given in einstein sum, but no '...' ellipsis "
                         "provided to broadcast the extra dimensions.")
    return out


def _einsum_shape_str(dims, ending):
    # NumPy's convert_shape_to_string: -1 is "newaxis", and leading newaxes are left out.
    i = 0
    while i < len(dims) and dims[i] < 0:
        i += 1
    if i == len(dims):
        return "()" + ending
    parts = [str(dims[i])] + ["newaxis" if d < 0 else str(d) for d in dims[i + 1:]]
    if len(dims) == 1:
        return "(" + parts[0] + ",)" + ending
    return "(" + ",".join(parts) + ")" + ending


def _einsum_sublist(sub):
    # The subscripts string of one operand given as a list of integers in [0, 52) and Ellipsis.
    s = ""
    for item in sub:
        if item is Ellipsis:
            s += "..."
        else:
            k = int(item)
            if k < 0 or k >= 52:
                raise ValueError("subscript is not within the valid range [0, 52)")
            s += "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"[k]
    return s


def _einsum_combine(op, labels, iop):
    # Repeated labels of one operand select its diagonal; the result keeps the first occurrences' order.
    first = []
    for lab in labels:
        if lab not in first:
            first.append(lab)
    if len(first) == len(labels):
        return op, labels
    for k in range(len(labels)):
        lab = labels[k]
        j = labels.index(lab)
        if j < k and op.shape[j] != op.shape[k]:
            raise ValueError("dimensions in operand " + str(iop) + " for collapsing index '" + lab +
                             "' don't match (" + str(op.shape[j]) + " != " + str(op.shape[k]) + ")")
    cur = list(labels)
    while True:
        dup = -1
        for k in range(len(cur)):
            if cur.index(cur[k]) < k:
                dup = k
                break
        if dup < 0:
            break
        j = cur.index(cur[dup])
        lab = cur[dup]
        op = diagonal(op, 0, j, dup)
        cur = [c for m, c in enumerate(cur) if m != j and m != dup] + [lab]
    return op.transpose(tuple(cur.index(lab) for lab in first)), first


def einsum(*operands, out=None, optimize=False, dtype=None, order='K', casting='safe'):
    """Evaluate the Einstein summation convention on the operands.

    >>> np.einsum('ij,jk->ik', [[1, 2], [3, 4]], [[1, 0], [0, 1]])
    array([[1, 2],
           [3, 4]])
    >>> np.einsum('ii', np.arange(9).reshape(3, 3))
    np.int64(12)
    """
    if len(operands) == 0:
        raise ValueError("must specify the einstein sum subscripts string and at least one operand, or at least one "
                         "operand and its corresponding subscripts list")
    if isinstance(operands[0], str):
        subscripts = operands[0]
        ops = list(operands[1:])
        if len(ops) == 0:
            raise ValueError("must specify the einstein sum subscripts string and at least one operand")
    else:
        nop = len(operands) // 2
        if nop == 0:
            raise ValueError("must provide at least an operand and a subscripts list to einsum")
        ops = [operands[2 * i] for i in range(nop)]
        subscripts = ",".join(_einsum_sublist(operands[2 * i + 1]) for i in range(nop))
        if len(operands) == 2 * nop + 1:
            subscripts += "->" + _einsum_sublist(operands[-1])
    ops = [asarray(o) for o in ops]
    nop = len(ops)
    # The input part ends at the first '-' (of the '->'), as NumPy's parser reads it.
    dash = subscripts.find("-")
    ins = subscripts if dash < 0 else subscripts[:dash]
    parts = ins.split(",")
    if len(parts) > nop:
        raise ValueError("more operands provided to einstein sum function than specified in the subscripts string")
    if len(parts) < nop:
        raise ValueError("fewer operands provided to einstein sum function than specified in the subscripts string")
    counts = {}
    op_labels = []
    nbroad = 0
    for iop in range(nop):
        labels, nb = _einsum_parse_operand(parts[iop], ops[iop].ndim, iop, counts)
        op_labels.append(labels)
        nbroad = _imax(nbroad, nb)
    # The ellipsis dimensions of each operand take the last of the output's broadcast labels.
    for iop in range(nop):
        labels = op_labels[iop]
        nb = len([lab for lab in labels if lab is None])
        k = nbroad - nb
        for m in range(len(labels)):
            if labels[m] is None:
                labels[m] = k
                k += 1
    if dash < 0:
        out_labels = list(range(nbroad)) + sorted([lab for lab in counts if counts[lab] == 1])
    else:
        if subscripts[dash:dash + 2] != "->":
            raise ValueError("einstein sum subscript string does not contain proper '->' output specified")
        out_labels = _einsum_parse_output(subscripts[dash + 2:], nbroad, counts)
    if out is not None and out.ndim != len(out_labels):
        raise ValueError("out parameter does not have the correct number of dimensions, has " + str(out.ndim) +
                         " but should have " + str(len(out_labels)))
    combined = []
    for iop in range(nop):
        combined.append(_einsum_combine(ops[iop], op_labels[iop], iop))
    iter_labels = out_labels + sorted([lab for lab in counts if lab not in out_labels])
    # The iteration shape, with NumPy's broadcasting check (a length-1 dimension stretches).
    iter_shape = []
    for lab in iter_labels:
        dim = 1
        for op, labels in combined:
            if lab in labels:
                d = op.shape[labels.index(lab)]
                if d != 1:
                    if dim != 1 and d != dim:
                        _einsum_broadcast_error(combined, iter_labels)
                    dim = d
        iter_shape.append(dim)
    dt = _result_type(*[op for op, labels in combined]) if dtype is None else dtype
    terms = []
    for op, labels in combined:
        present = [lab for lab in iter_labels if lab in labels]
        op = op.transpose(tuple(labels.index(lab) for lab in present)).astype(dt)
        terms.append(op.reshape(tuple(op.shape[present.index(lab)] if lab in labels else 1 for lab in iter_labels)))
    r = terms[0]
    for t in terms[1:]:
        r = multiply(r, t)
    nout = len(out_labels)
    if len(iter_labels) > nout:
        r = r.sum(axis=tuple(range(nout, len(iter_labels))), dtype=dt)
    if tuple(r.shape) != tuple(iter_shape[:nout]):
        r = _bcast_to(r, tuple(iter_shape[:nout]))
    elif nop == 1 and len(iter_labels) == nout:
        r = r.copy()
    if out is not None:
        out[...] = r
        return out
    return _scalar_out(r)


def _einsum_broadcast_error(combined, iter_labels):
    msg = "operands could not be broadcast together with remapped shapes [original->remapped]: "
    for op, labels in combined:
        remapped = [op.shape[labels.index(lab)] if lab in labels else -1 for lab in iter_labels]
        msg += _einsum_shape_str(list(op.shape), "->") + _einsum_shape_str(remapped, " ")
    raise ValueError(msg)


# --- polynomials ----------------------------------------------------------------------------------------------------
# The coefficient-array functions of numpy.lib._polynomial_impl and the poly1d class, highest power first, with
# NumPy's operation order so that float results round the same. nabla's asarray does not call __array__, so the
# functions unwrap a poly1d argument to its coefficients themselves.

def _poly_arg(p):
    return p.coeffs if isinstance(p, poly1d) else p


def _poly_isscalar(x):
    return not isinstance(x, (ndarray, list, tuple, poly1d)) and asarray(x).ndim == 0


def poly(seq_of_zeros):
    """Coefficients of the polynomial with the given roots, highest power first.

    >>> np.poly([1.0, 2.0])
    array([ 1., -3.,  2.])
    """
    seq_of_zeros = atleast_1d(_poly_arg(seq_of_zeros))
    sh = seq_of_zeros.shape
    if len(sh) == 2 and sh[0] == sh[1] and sh[0] != 0:
        # The characteristic polynomial of a square matrix: from its eigenvalues.
        seq_of_zeros = linalg.eigvals(seq_of_zeros)
    elif len(sh) == 1:
        # Integers and booleans become float64, float32 and complex stay (NumPy's mintypecode).
        if seq_of_zeros.dtype.kind not in 'fc':
            seq_of_zeros = seq_of_zeros.astype(float64)
    else:
        raise ValueError("input must be 1d or non-empty square 2d array.")
    if len(seq_of_zeros) == 0:
        return 1.0
    dt = seq_of_zeros.dtype
    a = ones((1,), dtype=dt)
    for zero in seq_of_zeros:
        a = convolve(a, array([1, -zero], dtype=dt), mode='full')
    if a.dtype.kind == 'c':
        # Roots in complex-conjugate pairs give a real polynomial.
        roots = asarray(seq_of_zeros, dtype=complex128)
        if _pybool((sort(roots) == sort(roots.conjugate())).all()):
            a = a.real.copy()
    return a


def roots(p):
    """Roots of a polynomial with coefficients given highest power first.

    >>> np.roots([1.0, -3.0, 2.0])
    array([2., 1.])
    """
    p = atleast_1d(_poly_arg(p))
    if p.ndim != 1:
        raise ValueError("Input must be a rank-1 array.")
    non_zero = nonzero(ravel(p))[0]
    if len(non_zero) == 0:
        return array([])
    trailing_zeros = len(p) - int(non_zero[-1]) - 1
    p = p[int(non_zero[0]):int(non_zero[-1]) + 1]
    if p.dtype.kind not in 'fc':
        p = p.astype(float64)
    N = len(p)
    if N > 1:
        # The eigenvalues of the companion matrix.
        A = diag(ones((N - 2,), p.dtype), -1)
        A[0, :] = -p[1:] / p[0]
        r = linalg.eigvals(A)
    else:
        r = array([])
    return hstack((r, zeros(trailing_zeros, r.dtype)))


def vander(x, N=None, increasing=False):
    """Vandermonde matrix: columns are powers of x, highest first (increasing=True reverses).

    >>> np.vander([1, 2, 3], 3)
    array([[1, 1, 1],
           [4, 2, 1],
           [9, 3, 1]])
    """
    x = asarray(x)
    if x.ndim != 1:
        raise ValueError("x must be a one-dimensional array or sequence.")
    if N is None:
        N = len(x)
    v = zeros((len(x), N), dtype=promote_types(x.dtype, int64))
    tmp = v[:, ::-1] if not increasing else v
    if N > 0:
        tmp[:, 0] = 1
    if N > 1:
        tmp[:, 1:] = x[:, None]
        # multiply.accumulate along the row: each power is the previous times x.
        for k in range(2, N):
            tmp[:, k] = tmp[:, k - 1] * tmp[:, k]
    return v


def polyfit(x, y, deg, rcond=None, full=False, w=None, cov=False):
    """Least-squares polynomial fit: coefficients of degree deg, highest power first.

    >>> np.polyfit([0.0, 1.0, 2.0], [1.0, 3.0, 5.0], 1).round(6)
    array([2., 1.])
    """
    order = int(deg) + 1
    x = asarray(x) + 0.0
    y = asarray(y) + 0.0
    if deg < 0:
        raise ValueError("expected deg >= 0")
    if x.ndim != 1:
        raise TypeError("expected 1D vector for x")
    if x.size == 0:
        raise TypeError("expected non-empty vector for x")
    if y.ndim < 1 or y.ndim > 2:
        raise TypeError("expected 1D or 2D array for y")
    if x.shape[0] != y.shape[0]:
        raise TypeError("expected x and y to have same length")
    if rcond is None:
        rcond = len(x) * finfo(x.dtype).eps
    # The least-squares problem for the coefficients, highest power first.
    lhs = vander(x, order)
    rhs = y
    if w is not None:
        w = asarray(w) + 0.0
        if w.ndim != 1:
            raise TypeError("expected a 1-d array for weights")
        if w.shape[0] != y.shape[0]:
            raise TypeError("expected w and y to have the same length")
        lhs *= w[:, None]
        if rhs.ndim == 2:
            rhs *= w[:, None]
        else:
            rhs *= w
    # Columns scaled to unit norm improve the condition number.
    scale = sqrt((lhs * lhs).sum(axis=0))
    lhs /= scale
    c, resids, rank, s = linalg.lstsq(lhs, rhs, rcond)
    c = (c.T / scale).T
    # NumPy warns (RankWarning) when rank != order; nabla has no warnings machinery yet, so that line is not printed.
    if full:
        return c, resids, rank, s, rcond
    elif cov:
        Vbase = linalg.inv(dot(lhs.T, lhs))
        Vbase /= outer(scale, scale)
        if cov == 'unscaled':
            fac = 1
        else:
            if len(x) <= order:
                raise ValueError("the number of data points must exceed order to scale the covariance matrix")
            fac = resids / (len(x) - order)
        if y.ndim == 1:
            return c, Vbase * fac
        else:
            return c, Vbase[:, :, None] * fac
    else:
        return c


def polyint(p, m=1, k=None):
    """Antiderivative of a polynomial (integration constants k, default 0).

    >>> np.polyint([3.0, 2.0, 1.0])
    array([1., 1., 1., 0.])
    """
    m = int(m)
    if m < 0:
        raise ValueError("Order of integral must be positive (see polyder)")
    if k is None:
        k = zeros(m, float64)
    k = atleast_1d(k)
    if len(k) == 1 and m > 1:
        k = k[0] * ones(m, float64)
    if len(k) < m:
        raise ValueError("k must be a scalar or a rank-1 array of length 1 or >m.")
    truepoly = isinstance(p, poly1d)
    p = asarray(_poly_arg(p))
    if m == 0:
        return poly1d(p) if truepoly else p
    y = concatenate((true_divide(p, arange(len(p), 0, -1)), asarray(k[:1])))
    val = polyint(y, m - 1, k=k[1:])
    return poly1d(val) if truepoly else val


def polyder(p, m=1):
    """Derivative of a polynomial (of order m).

    >>> np.polyder([1, 2, 3])
    array([2, 2])
    """
    m = int(m)
    if m < 0:
        raise ValueError("Order of derivative must be positive (see polyint)")
    truepoly = isinstance(p, poly1d)
    p = asarray(_poly_arg(p))
    n = len(p) - 1
    y = p[:-1] * arange(n, 0, -1)
    if m == 0:
        val = p
    else:
        val = polyder(y, m - 1)
    return poly1d(val) if truepoly else val


def _poly_addsub(a1, a2, op):
    truepoly = isinstance(a1, poly1d) or isinstance(a2, poly1d)
    a1 = atleast_1d(_poly_arg(a1))
    a2 = atleast_1d(_poly_arg(a2))
    # The shorter one is padded with leading zeros of its own dtype.
    diff = len(a2) - len(a1)
    if diff == 0:
        val = op(a1, a2)
    elif diff > 0:
        val = op(concatenate((zeros(diff, a1.dtype), a1)), a2)
    else:
        val = op(a1, concatenate((zeros(-diff, a2.dtype), a2)))
    return poly1d(val) if truepoly else val


def polyadd(a1, a2):
    """Sum of two polynomials.

    >>> np.polyadd([1, 2], [1, 0, 0])
    array([1, 1, 2])
    """
    return _poly_addsub(a1, a2, add)


def polysub(a1, a2):
    """Difference of two polynomials.

    >>> np.polysub([1, 2, 3], [1, 1])
    array([1, 1, 2])
    """
    return _poly_addsub(a1, a2, subtract)


def polymul(a1, a2):
    """Product of two polynomials.

    >>> np.polymul([1, 1], [1, -1])
    array([ 1,  0, -1])
    """
    truepoly = isinstance(a1, poly1d) or isinstance(a2, poly1d)
    a1 = poly1d(a1)
    a2 = poly1d(a2)
    val = convolve(a1.coeffs, a2.coeffs)
    return poly1d(val) if truepoly else val


def polydiv(u, v):
    """Quotient and remainder of polynomial division.

    >>> np.polydiv([1.0, -3.0, 2.0], [1.0, -1.0])
    (array([ 1., -2.]), array([0.]))
    """
    truepoly = isinstance(u, poly1d) or isinstance(v, poly1d)
    u = atleast_1d(_poly_arg(u)) + 0.0
    v = atleast_1d(_poly_arg(v)) + 0.0
    w = u[0] + v[0]
    m = len(u) - 1
    n = len(v) - 1
    scale = 1. / v[0]
    q = zeros((_imax(m - n + 1, 1),), asarray(w).dtype)
    r = u.astype(asarray(w).dtype)
    for k in range(m - n + 1):
        d = scale * r[k]
        q[k] = d
        r[k:k + n + 1] -= d * v
    while _pybool(allclose(r[0], 0, rtol=1e-14)) and r.shape[-1] > 1:
        r = r[1:]
    if truepoly:
        return poly1d(q), poly1d(r)
    return q, r


def _raise_power(astr, wrap=70):
    # Moves each "**N" of the one-line form up into a line of exponents above it, wrapping at 70 columns.
    n = 0
    line1 = ''
    line2 = ''
    output = ' '
    while True:
        start = astr.find('**', n)
        if start < 0:
            break
        end = start + 2
        while end < len(astr) and astr[end] in '0123456789':
            end += 1
        power = astr[start + 2:end]
        partstr = astr[n:start]
        n = end
        toadd2 = partstr + ' ' * (len(power) - 1)
        toadd1 = ' ' * (len(partstr) - 1) + power
        if len(line2) + len(toadd2) > wrap or len(line1) + len(toadd1) > wrap:
            output += line1 + "\n" + line2 + "\n "
            line1 = toadd1
            line2 = toadd2
        else:
            line2 += partstr + ' ' * (len(power) - 1)
            line1 += ' ' * (len(partstr) - 1) + power
    output += line1 + "\n" + line2
    return output + astr[n:]


def _poly_fmt_float(q):
    s = format(float(q), '.4g')
    if s.endswith('.0000'):
        s = s[:-5]
    return s


class poly1d:
    """A one-dimensional polynomial, coefficients highest power first.

    >>> p = np.poly1d([1, 2, 3])
    >>> p(2)
    np.int64(11)
    >>> p.roots
    array([-1.+1.41421356j, -1.-1.41421356j])
    """

    __hash__ = None

    def __init__(self, c_or_r, r=False, variable=None):
        if isinstance(c_or_r, poly1d):
            self._variable = c_or_r._variable
            self._coeffs = c_or_r._coeffs
            if variable is not None:
                self._variable = variable
            return
        if r:
            c_or_r = poly(c_or_r)
        c_or_r = atleast_1d(c_or_r)
        if c_or_r.ndim > 1:
            raise ValueError("Polynomial must be 1d only.")
        c_or_r = trim_zeros(c_or_r, trim='f')
        if len(c_or_r) == 0:
            c_or_r = array([0], dtype=c_or_r.dtype)
        self._coeffs = c_or_r
        self._variable = 'x' if variable is None else variable

    @property
    def coeffs(self):
        return self._coeffs

    @property
    def c(self):
        return self._coeffs

    @property
    def coef(self):
        return self._coeffs

    @property
    def coefficients(self):
        return self._coeffs

    @property
    def variable(self):
        return self._variable

    @property
    def order(self):
        return len(self._coeffs) - 1

    @property
    def o(self):
        return len(self._coeffs) - 1

    @property
    def roots(self):
        return roots(self._coeffs)

    @property
    def r(self):
        return roots(self._coeffs)

    def __array__(self, t=None, copy=None):
        return asarray(self.coeffs) if t is None else asarray(self.coeffs, dtype=t)

    def __repr__(self):
        vals = repr(self.coeffs)
        return "poly1d(" + vals[6:-1] + ")"

    def __len__(self):
        return self.order

    def __str__(self):
        thestr = "0"
        var = self.variable
        # Leading zeros are left out.
        nz = nonzero(self.coeffs != 0)[0]
        coeffs = self.coeffs[int(nz[0]):] if len(nz) > 0 else self.coeffs[:0]
        N = len(coeffs) - 1
        for k in range(len(coeffs)):
            coeff = coeffs[k]
            im = asarray(coeff).imag
            if not (asarray(coeff).dtype.kind == 'c' and im != 0):
                coefstr = _poly_fmt_float(asarray(coeff).real)
            elif asarray(coeff).real == 0:
                coefstr = _poly_fmt_float(im) + 'j'
            else:
                coefstr = '(' + _poly_fmt_float(asarray(coeff).real) + ' + ' + _poly_fmt_float(im) + 'j)'
            power = N - k
            if power == 0:
                if coefstr != '0':
                    newstr = coefstr
                elif k == 0:
                    newstr = '0'
                else:
                    newstr = ''
            elif power == 1:
                if coefstr == '0':
                    newstr = ''
                elif coefstr == 'b':
                    newstr = var
                else:
                    newstr = coefstr + ' ' + var
            elif coefstr == '0':
                newstr = ''
            elif coefstr == 'b':
                newstr = '%s**%d' % (var, power)
            else:
                newstr = '%s %s**%d' % (coefstr, var, power)
            if k > 0:
                if newstr != '':
                    if newstr.startswith('-'):
                        thestr = thestr + " - " + newstr[1:]
                    else:
                        thestr = thestr + " + " + newstr
            else:
                thestr = newstr
        return _raise_power(thestr)

    def __call__(self, val):
        return polyval(self.coeffs, val)

    def __neg__(self):
        return poly1d(-self.coeffs)

    def __pos__(self):
        return self

    def __mul__(self, other):
        if _poly_isscalar(other):
            return poly1d(self.coeffs * other)
        other = poly1d(other)
        return poly1d(polymul(self.coeffs, other.coeffs))

    def __rmul__(self, other):
        if _poly_isscalar(other):
            return poly1d(other * self.coeffs)
        other = poly1d(other)
        return poly1d(polymul(self.coeffs, other.coeffs))

    def __add__(self, other):
        other = poly1d(other)
        return poly1d(polyadd(self.coeffs, other.coeffs))

    def __radd__(self, other):
        other = poly1d(other)
        return poly1d(polyadd(self.coeffs, other.coeffs))

    def __pow__(self, val):
        if not _poly_isscalar(val) or int(val) != val or val < 0:
            raise ValueError("Power to non-negative integers only.")
        res = [1]
        for _ in range(int(val)):
            res = polymul(self.coeffs, res)
        return poly1d(res)

    def __sub__(self, other):
        other = poly1d(other)
        return poly1d(polysub(self.coeffs, other.coeffs))

    def __rsub__(self, other):
        other = poly1d(other)
        return poly1d(polysub(other.coeffs, self.coeffs))

    def __truediv__(self, other):
        if _poly_isscalar(other):
            return poly1d(self.coeffs / other)
        other = poly1d(other)
        return polydiv(self, other)

    def __rtruediv__(self, other):
        if _poly_isscalar(other):
            return poly1d(other / self.coeffs)
        other = poly1d(other)
        return polydiv(other, self)

    def __eq__(self, other):
        if not isinstance(other, poly1d):
            return NotImplemented
        if self.coeffs.shape != other.coeffs.shape:
            return False
        return (self.coeffs == other.coeffs).all()

    def __ne__(self, other):
        if not isinstance(other, poly1d):
            return NotImplemented
        return not self.__eq__(other)

    def __getitem__(self, val):
        ind = self.order - val
        if val > self.order or val < 0:
            return zeros((), dtype=self.coeffs.dtype)[()]
        return self.coeffs[ind]

    def __setitem__(self, key, val):
        ind = self.order - key
        if key < 0:
            raise ValueError("Does not support negative powers.")
        if key > self.order:
            zr = zeros(key - self.order, self.coeffs.dtype)
            self._coeffs = concatenate((zr, self.coeffs))
            ind = 0
        self._coeffs[ind] = val

    def __iter__(self):
        return iter(self.coeffs)

    def integ(self, m=1, k=0):
        return poly1d(polyint(self.coeffs, m=m, k=k))

    def deriv(self, m=1):
        return poly1d(polyder(self.coeffs, m=m))
