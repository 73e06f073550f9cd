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
