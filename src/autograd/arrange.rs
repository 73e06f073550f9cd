//! Differentiable ops that rearrange or pick elements (tril/triu, diag, trace, roll, repeat): each works out,
//! per output element, the flat position of the input it comes from, and records one take (or masked fill, or
//! write into zeros) under PyTorch's node name, so the one take rule gives every gradient.

use super::index_ops::{put, Combine};
use super::ops::{masked_fill_named, take_named};
use super::rules::Rule;
use super::{record, with_grad_mode, GResult, Var};
use crate::tensor::dtype::DType;
use crate::tensor::Tensor;

/// The flat C-order positions in a tensor shaped `input` of the elements of an output shaped `out` (whose
/// trailing dims match `input`'s rank), where `source` turns an output index into the input index it reads.
fn positions_by(out: &[usize], input: &[usize], source: impl Fn(&mut [usize])) -> Tensor {
    let strides = crate::tensor::contiguous_strides(input);
    let lead = out.len() - input.len();
    let mut from = vec![0usize; input.len()];
    let mut pos = Vec::with_capacity(out.iter().product());
    crate::tensor::for_each_index(out, |idx| {
        from.copy_from_slice(&idx[lead..]);
        source(&mut from);
        let p: isize = from
            .iter()
            .zip(&strides)
            .map(|(&i, &s)| i as isize * s)
            .sum();
        pos.push(p as i64);
    });
    Tensor::from_vec(pos, out.to_vec())
}

/// The positions of the `k`-th diagonal of a matrix shaped `(rows, cols)` (above the main one for `k > 0`).
fn diagonal_positions(rows: usize, cols: usize, k: i64) -> Tensor {
    let off = k.unsigned_abs() as usize;
    let (r0, c0) = if k >= 0 { (0, off) } else { (off, 0) };
    let n = rows.saturating_sub(r0).min(cols.saturating_sub(c0));
    let pos: Vec<i64> = (0..n).map(|i| ((r0 + i) * cols + c0 + i) as i64).collect();
    Tensor::from_vec(pos, vec![n])
}

/// `tril(a, k)` (`lower`) or `triu(a, k)`: the last two dims' elements on and below (above) the `k`-th
/// diagonal, the others zero. `a` has at least two dims.
pub fn triangle(a: &Var, k: i64, lower: bool) -> GResult<Var> {
    let nd = a.t.ndim();
    let (rows, cols) = (a.t.shape[nd - 2], a.t.shape[nd - 1]);
    let cut: Vec<bool> = (0..rows * cols)
        .map(|p| {
            let above = (p % cols) as i64 - (p / cols) as i64;
            if lower {
                above > k
            } else {
                above < k
            }
        })
        .collect();
    let mask = Tensor::from_vec(cut, vec![rows, cols]);
    let name = if lower {
        "TrilBackward0"
    } else {
        "TriuBackward0"
    };
    masked_fill_named(a, &mask, 0.0, name)
}

/// A square matrix with the vector `a` on its `k`-th diagonal, zeros elsewhere (`torch.diag` of a vector).
pub fn diag_embed(a: &Var, k: i64) -> GResult<Var> {
    let n = a.t.shape[0] + k.unsigned_abs() as usize;
    let zeros = Var::constant(Tensor::zeros(a.dtype(), vec![n, n]));
    let at = diagonal_positions(n, n, k);
    put(&zeros, &at, a, Combine::Write, "DiagEmbedBackward0")
}

/// A copy of the `k`-th diagonal of the matrix `a` (`torch.diag` of a matrix).
pub fn diagonal_copy(a: &Var, k: i64) -> GResult<Var> {
    let at = diagonal_positions(a.t.shape[0], a.t.shape[1], k);
    take_named(a, &at, "DiagonalBackward0_copy")
}

/// The sum of the matrix `a`'s diagonal (integers sum in int64).
pub fn trace(a: &Var) -> GResult<Var> {
    let at = diagonal_positions(a.t.shape[0], a.t.shape[1], 0);
    let d = if a.dtype().is_float() || a.dtype().is_complex() {
        a.dtype()
    } else {
        DType::I64
    };
    let out = with_grad_mode(false, || {
        super::ops::take(a, &at).and_then(|p| super::ops::sum(&p, None, false, d))
    })?;
    // The output's gradient goes back to each diagonal position (the take rule broadcasts it there).
    Ok(record(out.t, &[a], move || {
        Rule::named("TraceBackward0", Rule::Take(at))
    }))
}

/// `a` shifted cyclically by `shifts[i]` along `dims[i]`; with no dims, along the flattened tensor by
/// `shifts[0]`.
pub fn roll(a: &Var, shifts: &[i64], dims: &[usize]) -> GResult<Var> {
    let shape = a.t.shape.clone();
    let cyclic = |i: usize, n: usize, s: i64| (i as i64 - s).rem_euclid(n.max(1) as i64) as usize;
    let at = if dims.is_empty() {
        let n = a.t.numel();
        let s = shifts.first().copied().unwrap_or(0);
        let flat = positions_by(&[n], &[n], |i| i[0] = cyclic(i[0], n, s));
        let spec: Vec<isize> = shape.iter().map(|&d| d as isize).collect();
        flat.reshape(&spec)?
    } else {
        positions_by(&shape, &shape, |i| {
            for (&d, &s) in dims.iter().zip(shifts) {
                i[d] = cyclic(i[d], shape[d], s);
            }
        })
    };
    take_named(a, &at, "RollBackward0")
}

/// `a` tiled `reps[i]` times along each dim (`reps` has at least `a`'s rank; extra leading reps add dims).
pub fn repeat(a: &Var, reps: &[usize]) -> GResult<Var> {
    let shape = a.t.shape.clone();
    let lead = reps.len() - shape.len();
    let out: Vec<usize> = reps
        .iter()
        .enumerate()
        .map(|(i, r)| r * if i < lead { 1 } else { shape[i - lead] })
        .collect();
    let at = positions_by(&out, &shape, |i| {
        for (d, v) in i.iter_mut().enumerate() {
            *v %= shape[d];
        }
    });
    take_named(a, &at, "RepeatBackward0")
}

/// `a`'s distinct elements in order (each NaN kept apart, as torch.unique), recorded as PyTorch's
/// Unique2Backward0, which has no derivative; with where each element went and how often each occurs.
pub fn unique(a: &Var) -> GResult<(Var, crate::tensor::sort::Unique)> {
    let flat = a.t.contiguous().reshape(&[-1])?;
    let u = crate::tensor::sort::unique(&flat, false);
    let first: Vec<usize> = u.first.iter().map(|&i| i as usize).collect();
    let values = record(flat.gather_flat(&first), &[a], || Rule::Undefined {
        name: "Unique2Backward0",
        op: "_unique2",
    });
    Ok((values, u))
}
