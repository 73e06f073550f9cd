//! Products beyond matmul: `torch.einsum` (subscripts with `...` and implicit output, reduced to diagonals,
//! permutes, sums, broadcast multiplies and batched matrix products, as PyTorch does, so gradients and node
//! names follow), and `mv`, `outer`/`ger`.

use super::*;
use crate::autograd::ops as aops;
use crate::autograd::rules::contiguous;
use crate::tensor::ops::BinaryOp;

macro_rules! defs {
    ($($name:literal, $sig:literal, $doc:literal => $f:expr;)*) => {
        &[$(Def { name: $name, sig: $sig, doc: $doc, func: $f }),*]
    };
}

fn einsum_error(msg: impl Into<String>) -> Box<Exc> {
    Exc::new(ExcType::RuntimeError, format!("einsum(): {}", msg.into()))
}

/// A subscript label: a letter, or the `k`-th of the broadcast (`...`) dims, counted over all operands.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Label {
    Letter(char),
    Ell(usize),
}

/// The letters of one term and where its `...` stands (None without one).
fn parse_term(term: &str) -> Res<(Vec<char>, Option<usize>)> {
    let mut letters = Vec::new();
    let mut ell = None;
    let mut rest = term;
    while let Some(c) = rest.chars().next() {
        if rest.starts_with("...") {
            if ell.is_some() {
                return Err(einsum_error("found more than one ellipsis in a subscript"));
            }
            ell = Some(letters.len());
            rest = &rest[3..];
            continue;
        }
        if !c.is_ascii_alphabetic() {
            return Err(einsum_error(format!(
                "invalid subscript given at index {} in the equation string, subscripts must be in [a-zA-Z]",
                term.len() - rest.len()
            )));
        }
        letters.push(c);
        rest = &rest[1..];
    }
    Ok((letters, ell))
}

/// The labels of each dim of an operand with `ndim` dims (`e_max` broadcast dims in all).
fn operand_labels(letters: &[char], ell: Option<usize>, ndim: usize, e_max: usize) -> Vec<Label> {
    let e = ndim.saturating_sub(letters.len());
    let mut out: Vec<Label> = Vec::with_capacity(ndim);
    for (i, &c) in letters.iter().enumerate() {
        if ell == Some(i) {
            out.extend((e_max - e..e_max).map(Label::Ell));
        }
        out.push(Label::Letter(c));
    }
    if ell == Some(letters.len()) {
        out.extend((e_max - e..e_max).map(Label::Ell));
    }
    out
}

/// The diagonal of `x` over dims `d1 < d2` (kept at `d1`, `d2` removed), differentiable as an index.
fn diagonal(x: &Var, d1: usize, d2: usize) -> Res<Var> {
    let shape = &x.t.shape;
    let mut out_shape = shape.clone();
    out_shape.remove(d2);
    let strides = crate::tensor::contiguous_strides(shape);
    let n: usize = out_shape.iter().product();
    let mut pos = Vec::with_capacity(n);
    let mut idx = vec![0usize; out_shape.len()];
    for _ in 0..n {
        let mut p = 0isize;
        for (k, &c) in idx.iter().enumerate() {
            let dim = if k >= d2 { k + 1 } else { k };
            p += c as isize * strides[dim];
            if k == d1 {
                p += c as isize * strides[d2];
            }
        }
        pos.push(p as i64);
        for k in (0..idx.len()).rev() {
            idx[k] += 1;
            if idx[k] < out_shape[k] {
                break;
            }
            idx[k] = 0;
        }
    }
    let positions = Tensor::from_vec(pos, out_shape);
    aops::take(x, &positions).map_err(grad_error)
}

/// `x` (whose dims carry `labels`) with repeated labels reduced to their diagonal.
fn undiagonal(i: usize, mut x: Var, mut labels: Vec<Label>) -> Res<(Var, Vec<Label>)> {
    let mut d1 = 0;
    while d1 < labels.len() {
        if let Some(off) = labels[d1 + 1..].iter().position(|l| *l == labels[d1]) {
            let d2 = d1 + 1 + off;
            let (a, b) = (x.t.shape[d1], x.t.shape[d2]);
            if a != b {
                let Label::Letter(c) = labels[d1] else {
                    return Err(einsum_error("repeated broadcast dims"));
                };
                return Err(einsum_error(format!(
                    "subscript {c} is repeated for operand {i} but the sizes don't match, {b} != {a}"
                )));
            }
            x = diagonal(&x, d1, d2)?;
            labels.remove(d2);
        } else {
            d1 += 1;
        }
    }
    Ok((x, labels))
}

fn einsum(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let eq = crate::library::args::string(&a[0], "equation")?.replace(' ', "");
    let given = match &a[1] {
        Value::Tuple(t) if t.len() == 1 && as_var(&t[0]).is_none() => me.collect(&t[0])?,
        Value::Tuple(t) => t.to_vec(),
        _ => vec![],
    };
    let ops: Vec<Var> = given.iter().map(this).collect::<Res<_>>()?;
    let (lhs, rhs) = match eq.split_once("->") {
        Some((l, r)) => (l.to_string(), Some(r.to_string())),
        None => (eq.clone(), None),
    };
    let terms: Vec<(Vec<char>, Option<usize>)> =
        lhs.split(',').map(parse_term).collect::<Res<_>>()?;
    if terms.len() > ops.len() {
        return Err(einsum_error(
            "fewer operands were provided than specified in the equation",
        ));
    }
    if terms.len() < ops.len() {
        return Err(einsum_error(
            "more operands were provided than specified in the equation",
        ));
    }
    let mut e_max = 0;
    for (i, ((letters, ell), x)) in terms.iter().zip(&ops).enumerate() {
        let (k, nd) = (letters.len(), x.t.ndim());
        match ell {
            None if k != nd => return Err(einsum_error(format!(
                "the number of subscripts in the equation ({k}) does not match the number of dimensions ({nd}) for operand {i} and no ellipsis was given"
            ))),
            Some(_) if k > nd => return Err(einsum_error(format!(
                "the number of subscripts in the equation ({k}) is more than the number of dimensions ({nd}) for operand {i}"
            ))),
            Some(_) => e_max = e_max.max(nd - k),
            None => {}
        }
    }
    // Each operand's labels, its diagonals taken, and the size of every label (1 broadcasts).
    let mut sizes: Vec<(Label, usize)> = Vec::new();
    let mut operands = Vec::new();
    for (i, ((letters, ell), x)) in terms.iter().zip(&ops).enumerate() {
        let labels = operand_labels(letters, *ell, x.t.ndim(), e_max);
        let (x, labels) = undiagonal(i, x.clone(), labels)?;
        for (&l, &n) in labels.iter().zip(&x.t.shape) {
            match sizes.iter_mut().find(|(k, _)| *k == l) {
                Some((_, seen)) if *seen != n && *seen != 1 && n != 1 => {
                    let name = match l {
                        Label::Letter(c) => c.to_string(),
                        Label::Ell(_) => "...".into(),
                    };
                    return Err(einsum_error(format!(
                        "subscript {name} has size {n} for operand {i} which does not broadcast with previously seen size {seen}"
                    )));
                }
                Some((_, seen)) => *seen = (*seen).max(n),
                None => sizes.push((l, n)),
            }
        }
        operands.push((x, labels));
    }
    // The output labels: as written, or the broadcast dims then the letters used once, in alphabetical order.
    let out: Vec<Label> = match &rhs {
        Some(r) => {
            let (letters, ell) = parse_term(r)?;
            for (k, c) in letters.iter().enumerate() {
                if letters[..k].contains(c) {
                    return Err(einsum_error(format!(
                        "output subscript {c} appears more than once in the output"
                    )));
                }
                if !sizes.iter().any(|(l, _)| *l == Label::Letter(*c)) {
                    return Err(einsum_error(format!(
                        "output subscript {c} does not appear in the equation for any input operand"
                    )));
                }
            }
            operand_labels(
                &letters,
                ell,
                letters.len() + if ell.is_some() { e_max } else { 0 },
                e_max,
            )
        }
        None => {
            let mut once: Vec<char> = sizes
                .iter()
                .filter_map(|(l, _)| match l {
                    Label::Letter(c) => Some(*c),
                    Label::Ell(_) => None,
                })
                .filter(|c| {
                    terms
                        .iter()
                        .flat_map(|(ls, _)| ls)
                        .filter(|l| *l == c)
                        .count()
                        == 1
                })
                .collect();
            once.sort_unstable();
            (0..e_max)
                .map(Label::Ell)
                .chain(once.into_iter().map(Label::Letter))
                .collect()
        }
    };
    let contracted: Vec<Label> = sizes
        .iter()
        .map(|(l, _)| *l)
        .filter(|l| !out.contains(l))
        .collect();
    let global: Vec<Label> = out.iter().chain(&contracted).copied().collect();
    let d = ops
        .iter()
        .map(|v| v.dtype())
        .reduce(crate::tensor::dtype::torch_promote)
        .unwrap_or(DType::F32);
    let result = (|| -> Result<Var, crate::autograd::GradError> {
        // Every operand permuted into the global label order, with length-1 dims for the labels it lacks.
        let mut full = Vec::new();
        for (x, labels) in &operands {
            let x = aops::cast(x, d)?;
            let order: Vec<usize> = global
                .iter()
                .filter_map(|g| labels.iter().position(|l| l == g))
                .collect();
            let mut y = aops::permute(&x, &order)?;
            for (k, g) in global.iter().enumerate() {
                if !labels.contains(g) {
                    y = aops::unsqueeze(&y, k)?;
                }
            }
            full.push(y);
        }
        let n_out = out.len();
        let mut acc = full[0].clone();
        for (k, r) in full.iter().enumerate().skip(1) {
            // The contracted dims no later operand needs are summed now.
            let later = |p: usize| full[k + 1..].iter().any(|z| z.t.shape[p] > 1);
            let now: Vec<usize> = (n_out..global.len()).filter(|&p| !later(p)).collect();
            acc = contract(&acc, r, &now)?;
        }
        // What is left to contract is summed away; contracted dims already of length 1 are dropped.
        let rest: Vec<usize> = (n_out..global.len())
            .filter(|&p| acc.t.shape[p] > 1)
            .collect();
        if !rest.is_empty() {
            acc = aops::sum(&acc, Some(&rest), false, d)?;
        }
        if acc.t.ndim() > n_out {
            let shape = acc.t.shape[..n_out].to_vec();
            acc = aops::reshape(&acc, &shape)?;
        }
        Ok(acc)
    })()
    .map_err(grad_error)?;
    wrap(me, result)
}

/// The product of `a` and `b` (same rank, sizes equal or 1) summed over the dims `sum`, keeping every dim
/// (summed ones with length 1): a broadcast multiply when nothing is shared to sum, else one batched matrix
/// product over the shared dims.
fn contract(a: &Var, b: &Var, sum: &[usize]) -> Result<Var, crate::autograd::GradError> {
    let d = a.dtype();
    let (sa, sb) = (&a.t.shape, &b.t.shape);
    // Summed dims that only one side has are summed out of it first.
    let only = |x: &Var, other: &[usize]| -> Result<Var, crate::autograd::GradError> {
        let own: Vec<usize> = sum
            .iter()
            .copied()
            .filter(|&p| x.t.shape[p] > 1 && other[p] == 1)
            .collect();
        if own.is_empty() {
            Ok(x.clone())
        } else {
            aops::sum(x, Some(&own), true, d)
        }
    };
    let (a, b) = (only(a, sb)?, only(b, sa)?);
    let shared: Vec<usize> = sum
        .iter()
        .copied()
        .filter(|&p| a.t.shape[p] > 1 && b.t.shape[p] > 1)
        .collect();
    if shared.is_empty() {
        return aops::mul(&a, &b);
    }
    let nd = a.t.ndim();
    let (sa, sb) = (a.t.shape.clone(), b.t.shape.clone());
    let kept: Vec<usize> = (0..nd).filter(|p| !sum.contains(p)).collect();
    let batch: Vec<usize> = kept.iter().copied().filter(|&p| sa[p] == sb[p]).collect();
    let lo: Vec<usize> = kept
        .iter()
        .copied()
        .filter(|&p| sa[p] > 1 && sb[p] == 1)
        .collect();
    let ro: Vec<usize> = kept
        .iter()
        .copied()
        .filter(|&p| sa[p] == 1 && sb[p] > 1)
        .collect();
    let ones: Vec<usize> = (0..nd)
        .filter(|p| !batch.contains(p) && !lo.contains(p) && !ro.contains(p) && !shared.contains(p))
        .collect();
    let size = |dims: &[usize], s: &[usize]| dims.iter().map(|&p| s[p]).product::<usize>();
    let (nb, nl, ns, nr) = (
        size(&batch, &sa),
        size(&lo, &sa),
        size(&shared, &sa),
        size(&ro, &sb),
    );
    let left_order: Vec<usize> = batch
        .iter()
        .chain(&lo)
        .chain(&shared)
        .chain(&ro)
        .chain(&ones)
        .copied()
        .collect();
    let right_order: Vec<usize> = batch
        .iter()
        .chain(&shared)
        .chain(&ro)
        .chain(&lo)
        .chain(&ones)
        .copied()
        .collect();
    let left = aops::reshape(
        &contiguous(&aops::permute(&a, &left_order)?)?,
        &[nb, nl, ns],
    )?;
    let right = aops::reshape(
        &contiguous(&aops::permute(&b, &right_order)?)?,
        &[nb, ns, nr],
    )?;
    let prod = aops::matmul(&left, &right, d).map_err(|e| match e {
        aops::MatmulFailure::Grad(e) => e,
        aops::MatmulFailure::Shapes(e) => {
            crate::autograd::GradError::Runtime(format!("einsum(): internal matmul {e:?}"))
        }
    })?;
    // Back to every dim: batch, lo, ro, then length 1 for the shared and the remaining ones.
    let order: Vec<usize> = batch
        .iter()
        .chain(&lo)
        .chain(&ro)
        .chain(&shared)
        .chain(&ones)
        .copied()
        .collect();
    let shape: Vec<usize> = order
        .iter()
        .map(|&p| {
            if shared.contains(&p) || ones.contains(&p) {
                1
            } else {
                sa[p].max(sb[p])
            }
        })
        .collect();
    let y = aops::reshape(&prod, &shape)?;
    let inv = crate::tensor::layout::inverse_perm(&order);
    if inv.iter().enumerate().all(|(i, &p)| i == p) {
        Ok(y)
    } else {
        aops::permute(&y, &inv)
    }
}

fn mv(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let (m, v) = (this(&a[0])?, this(&a[1])?);
    if m.t.ndim() != 2 || v.t.ndim() != 1 {
        return Err(Exc::new(
            ExcType::RuntimeError,
            format!(
                "vector + matrix @ vector expected, got 1, {}, {}",
                m.t.ndim(),
                v.t.ndim()
            ),
        ));
    }
    if m.t.shape[1] != v.t.shape[0] {
        return Err(Exc::new(
            ExcType::RuntimeError,
            format!(
                "size mismatch, got input ({}), mat ({}x{}), vec ({})",
                m.t.shape[0], m.t.shape[0], m.t.shape[1], v.t.shape[0]
            ),
        ));
    }
    tensor::matmul(me, &a[0], &a[1])
}

/// `outer(a, b)`: `a` as a column times `b` (PyTorch's own composition, so its node is a MulBackward0).
fn outer(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let (x, y) = (this(&a[0])?, this(&a[1])?);
    for (name, t) in [("self", &x), ("vec2", &y)] {
        if t.t.ndim() != 1 {
            return Err(Exc::new(
                ExcType::RuntimeError,
                format!(
                    "outer: Expected 1-D argument {name}, but got {}-D",
                    t.t.ndim()
                ),
            ));
        }
    }
    let col = wrap(
        me,
        aops::reshape(&x, &[x.t.numel(), 1]).map_err(grad_error)?,
    )?;
    tensor::binary(me, BinaryOp::Mul, &col, &a[1])
}

pub const PRODUCT_METHODS: &[Def] = defs! {
    "mv", "self, vec, /", "The product of a matrix and a vector.\n\n>>> torch.ones(2, 3).mv(torch.ones(3))\ntensor([3., 3.])" => |me, a| mv(me, &a);
    "outer", "self, vec2, /", "The outer product of two vectors.\n\n>>> torch.tensor([1, 2]).outer(torch.tensor([1, 10]))\ntensor([[ 1, 10],\n        [ 2, 20]])" => |me, a| outer(me, &a);
    "ger", "self, vec2, /", "The outer product of two vectors (alias of outer).\n\n>>> torch.tensor([1, 2]).ger(torch.tensor([3])).shape\ntorch.Size([2, 1])" => |me, a| outer(me, &a);
};

pub const PRODUCT_FUNCTIONS: &[Def] = defs! {
    "einsum", "equation, *operands", "Sum of products over the labelled dims of the operands (Einstein summation).\n\n>>> torch.einsum('ij,jk->ik', torch.ones(2, 3), torch.ones(3, 1))\ntensor([[3.],\n        [3.]])" => |me, a| einsum(me, &a);
    "outer", "input, vec2", "The outer product of two vectors.\n\n>>> torch.outer(torch.tensor([1, 2]), torch.tensor([1, 10]))\ntensor([[ 1, 10],\n        [ 2, 20]])" => |me, a| outer(me, &a);
    "ger", "input, vec2", "The outer product of two vectors (alias of outer).\n\n>>> torch.ger(torch.tensor([1, 2]), torch.tensor([3])).shape\ntorch.Size([2, 1])" => |me, a| outer(me, &a);
};
