//! Differentiable index ops over flat positions: reads that pick elements (gather, index_select, take,
//! masked_select) and writes into a copy of the input (scatter, scatter_add, index_add/copy/fill, index_put,
//! masked_fill/scatter). The library turns each op's index arguments into flat C-order positions of the input;
//! one read rule and one write rule then serve them all, under each op's PyTorch node name.

use super::rules::Rule;
use super::{record, GResult, Var};
use crate::tensor::ops::BinaryOp;
use crate::tensor::Tensor;

/// How a write combines the new values with the old ones.
#[derive(Clone, Copy, Debug)]
pub enum Combine {
    /// The new value replaces the old (scatter, index_copy, masked_fill, index_put).
    Write,
    /// Old and new values fold with the op; `include_self` false drops the old value (scatter_reduce).
    Reduce(BinaryOp, bool),
}

/// A copy of `a` with `src` (broadcast to `positions`' shape) combined in at flat `positions`, recorded under
/// `name`. Gradients: `a` gets the output's gradient (zero where its values were replaced), `src` the gradient
/// at its positions.
pub fn put(
    a: &Var,
    positions: &Tensor,
    src: &Var,
    how: Combine,
    name: &'static str,
) -> GResult<Var> {
    let out = a.t.copy();
    let offsets: Vec<usize> = positions
        .to_vec::<i64>()
        .iter()
        .map(|&p| p as usize)
        .collect();
    let vals = src.t.broadcast_to(&positions.shape)?.cast(a.dtype());
    let replaced = match how {
        Combine::Write => {
            crate::tensor::index::scatter(&out, &offsets, &vals.contiguous());
            true
        }
        Combine::Reduce(op, include_self) => {
            crate::tensor::index::scatter_combine(&out, &offsets, &vals, op, include_self)?;
            !include_self
        }
    };
    let p = positions.clone();
    Ok(record(out, &[a, src], move || Rule::Put {
        positions: p,
        replaced,
        name,
    }))
}

/// The gradients of a `put`: `g` with the replaced positions zeroed for the input, `g` at the positions for
/// the source.
pub fn put_backward(g: &Var, positions: &Tensor, replaced: bool) -> GResult<Vec<Option<Var>>> {
    let gself = if replaced {
        let keep = Tensor::from_vec(vec![true; g.t.numel()], g.t.shape.clone());
        let offsets: Vec<usize> = positions
            .to_vec::<i64>()
            .iter()
            .map(|&p| p as usize)
            .collect();
        crate::tensor::index::scatter(
            &keep,
            &offsets,
            &Tensor::from_vec(vec![false; offsets.len()], vec![offsets.len()]),
        );
        super::ops::where_(&keep, g, &super::ops::zeros_like(g), g.dtype())?
    } else {
        g.clone()
    };
    Ok(vec![Some(gself), Some(super::ops::take(g, positions)?)])
}

/// `x.copy_(src)`'s new value: `src` broadcast to `x`'s shape in its dtype. Recorded (PyTorch's
/// CopyBackwards) as a write of every element, so `x`'s old history gets no gradient and `src` gets it all.
pub fn copy_from(x: &Var, src: &Var) -> GResult<Var> {
    let n = x.t.numel();
    let every = Tensor::from_vec((0..n as i64).collect::<Vec<i64>>(), x.t.shape.clone());
    put(x, &every, src, Combine::Write, "CopyBackwards")
}

/// `x.unfold(dim, size, step)`: the windows of `size` elements every `step` along `dim`, as a new last axis
/// (a view whose windows may overlap; the gradient adds up where they do).
pub fn unfold(a: &Var, dim: usize, size: usize, step: usize) -> GResult<Var> {
    let t = &a.t;
    let count = if t.ndim() == 0 {
        1
    } else {
        (t.shape[dim] - size) / step + 1
    };
    let window = |t: &Tensor| {
        let mut v = t.clone();
        if t.ndim() == 0 {
            v.shape = vec![size];
            v.strides = vec![1];
            return v;
        }
        v.shape[dim] = count;
        v.strides[dim] = t.strides[dim] * step as isize;
        v.shape.push(size);
        v.strides.push(t.strides[dim]);
        v
    };
    let out = window(t);
    // The same window over the input's flat positions says where each output element came from.
    let n = t.numel();
    let spec: Vec<isize> = t.shape.iter().map(|&d| d as isize).collect();
    let positions =
        window(&Tensor::from_vec((0..n as i64).collect::<Vec<i64>>(), vec![n]).reshape(&spec)?)
            .copy();
    Ok(record(out, &[a], move || {
        Rule::named("UnfoldBackward0", Rule::Take(positions))
    }))
}

/// The flat C-order positions in `base` of the elements of `view` (a view of the same storage), or None when
/// some element of `view` lies outside `base`.
pub fn positions_within(base: &Tensor, view: &Tensor) -> Option<Tensor> {
    let mut at = std::collections::HashMap::with_capacity(base.numel());
    let mut k = 0i64;
    crate::tensor::for_each_offset(&base.shape, &base.strides, base.offset, |o| {
        at.entry(o).or_insert(k);
        k += 1;
    });
    let mut out = Vec::with_capacity(view.numel());
    let mut missing = false;
    crate::tensor::for_each_offset(&view.shape, &view.strides, view.offset, |o| {
        match at.get(&o) {
            Some(&p) => out.push(p),
            None => missing = true,
        }
    });
    (!missing).then(|| Tensor::from_vec(out, view.shape.clone()))
}

/// PyTorch's CopySlices: after an in-place op wrote `values` into a view of `base` (at flat `positions`; the
/// storage already holds them), the base's new history is "the old base with `values` written there", and the
/// view's new history reads its elements back from that (AsStridedBackward0). Returns the base's and the
/// view's new values.
pub fn copy_slices(base: &Var, values: &Var, positions: &Tensor, view: &Tensor) -> (Var, Var) {
    let p = positions.clone();
    let new_base = record(base.t.clone(), &[base, values], move || Rule::Put {
        positions: p,
        replaced: true,
        name: "CopySlices",
    });
    let p = positions.clone();
    let new_view = record(view.clone(), &[&new_base], move || {
        Rule::named("AsStridedBackward0", Rule::Take(p))
    });
    (new_base, new_view)
}
