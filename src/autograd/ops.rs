//! The differentiable ops: each computes its result with the tensor runtime and records its backward rule.
//! Backward rules are written with these same ops, so a gradient can itself be differentiated.

use super::rules::{Rule, SqueezeName};
use super::{record, GResult, GradError, Var};
use crate::tensor::dtype::DType;
use crate::tensor::matmul::{self, MatmulError};
use crate::tensor::ops::{self as tops, BinaryOp, CompareOp, UnaryOp};
use crate::tensor::reduce::{self, ReduceOp};
use crate::tensor::Tensor;

/// A 0-d constant of `dtype` (a Python number taking part in an op).
pub fn scalar(v: f64, dtype: DType) -> Var {
    Var::constant(Tensor::scalar(v).cast(dtype))
}

/// `a op b` computed in `dtype` (the result type the library chose). `wrapped` says which operands were Python
/// numbers: PyTorch names some nodes after that (`2 - x` is RsubBackward1, `x ** 2` PowBackward0).
pub fn binary(op: BinaryOp, a: &Var, b: &Var, dtype: DType, wrapped: [bool; 2]) -> GResult<Var> {
    // `2 / x` is `x.reciprocal() * 2` in PyTorch (its node is a MulBackward0).
    if op == BinaryOp::Div && wrapped[0] && !wrapped[1] && dtype.is_float() {
        let r = unary(UnaryOp::Reciprocal, &cast(b, dtype)?, dtype)?;
        return binary(BinaryOp::Mul, &r, a, dtype, [false, true]);
    }
    let out = tops::binary(op, &a.t.cast(dtype), &b.t.cast(dtype), dtype)?;
    let out = if out.dtype() != dtype {
        out.cast(dtype)
    } else {
        out
    };
    let differentiable = matches!(
        op,
        BinaryOp::Add
            | BinaryOp::Sub
            | BinaryOp::Mul
            | BinaryOp::Div
            | BinaryOp::Pow
            | BinaryOp::Maximum
            | BinaryOp::Minimum
            | BinaryOp::Mod
            | BinaryOp::Arctan2
            | BinaryOp::Hypot
    );
    if !differentiable && (a.requires_grad() || b.requires_grad()) && super::grad_enabled() {
        return Err(GradError::NotImplemented(op.name().into()));
    }
    let (sa, sb) = (a.clone(), b.clone());
    Ok(record(out, &[a, b], move || match op {
        BinaryOp::Add => Rule::Add(1.0),
        BinaryOp::Sub if wrapped[0] => Rule::Rsub,
        BinaryOp::Sub => Rule::Sub(1.0),
        BinaryOp::Mul => Rule::Mul(sa, sb),
        BinaryOp::Div => Rule::Div(sa, sb),
        BinaryOp::Pow if wrapped[1] => Rule::PowScalar(sa, sb),
        BinaryOp::Pow if wrapped[0] => Rule::RPow(sa, sb),
        BinaryOp::Pow => Rule::Pow(sa, sb),
        BinaryOp::Maximum => Rule::Maximum(sa, sb),
        BinaryOp::Mod => Rule::Remainder(sa, sb, wrapped[1]),
        BinaryOp::Arctan2 => Rule::Atan2(sa, sb),
        BinaryOp::Hypot => Rule::Hypot(sa, sb),
        _ => Rule::Minimum(sa, sb),
    }))
}

/// A comparison (never differentiable: its bool result is outside the graph).
pub fn compare(op: CompareOp, a: &Var, b: &Var, dtype: DType) -> GResult<Var> {
    Ok(Var::constant(tops::compare(
        op,
        &a.t.cast(dtype),
        &b.t.cast(dtype),
        dtype,
    )?))
}

/// An elementwise function computed in `dtype`.
pub fn unary(op: UnaryOp, a: &Var, dtype: DType) -> GResult<Var> {
    unary_of(op, a, tops::unary(op, &a.t, dtype)?)
}

/// `unary` with PyTorch's kernels where they round differently from NumPy's (see `tensor::torch_math`).
pub fn unary_torch(op: UnaryOp, a: &Var, dtype: DType) -> GResult<Var> {
    unary_of(op, a, crate::tensor::torch_math::unary(op, &a.t, dtype)?)
}

/// `out = op(a)`, recorded.
fn unary_of(op: UnaryOp, a: &Var, out: Tensor) -> GResult<Var> {
    use UnaryOp::*;
    if !out.dtype().is_float() && !out.dtype().is_complex() {
        return Ok(Var::constant(out));
    }
    if op == Conj && a.dtype().is_complex() {
        return Ok(record(out, &[a], || Rule::Conj));
    }
    let differentiable = !matches!(
        op,
        Cbrt | Invert
            | BitwiseCount
            | LogicalNot
            | IsNan
            | IsInf
            | IsFinite
            | Signbit
            | Conj
            | Sinc
    );
    if !differentiable && a.requires_grad() && super::grad_enabled() {
        return Err(GradError::NotImplemented(op.name().into()));
    }
    let sa = a.clone();
    Ok(record(out, &[a], move || Rule::Unary(op, sa)))
}

/// `sigmoid(a) = 1 / (1 + exp(-a))`.
pub fn sigmoid(a: &Var) -> GResult<Var> {
    let d = a.dtype();
    let e = tops::unary(UnaryOp::Exp, &tops::unary(UnaryOp::Neg, &a.t, d)?, d)?;
    let one = Tensor::scalar(1.0).cast(d);
    let out = tops::binary(
        BinaryOp::Div,
        &one,
        &tops::binary(BinaryOp::Add, &one, &e, d)?,
        d,
    )?;
    let sa = a.clone();
    Ok(record(out, &[a], move || Rule::Sigmoid(sa)))
}

/// `max(a, 0)`, NaN kept.
pub fn relu(a: &Var) -> GResult<Var> {
    let d = a.dtype();
    let zero = Tensor::scalar(0.0).cast(d);
    let out = tops::binary(BinaryOp::Maximum, &a.t, &zero, d)?;
    let sa = a.clone();
    Ok(record(out, &[a], move || Rule::Relu(sa)))
}

/// `cond ? a : b` elementwise (cond is a bool tensor outside the graph); `a`, `b` and `cond` broadcast.
pub fn where_(cond: &Tensor, a: &Var, b: &Var, dtype: DType) -> GResult<Var> {
    let shape = crate::tensor::broadcast_shapes(&cond.shape, &a.t.shape)?;
    let shape = crate::tensor::broadcast_shapes(&shape, &b.t.shape)?;
    let c = cond.broadcast_to(&shape)?.to_vec::<bool>();
    let (x, y) = (
        a.t.cast(dtype).broadcast_to(&shape)?,
        b.t.cast(dtype).broadcast_to(&shape)?,
    );
    let out = crate::with_dtype!(dtype, T => {
        let (xv, yv) = (x.to_vec::<T>(), y.to_vec::<T>());
        let v: Vec<T> = c.iter().zip(xv.into_iter().zip(yv)).map(|(&c, (x, y))| if c { x } else { y }).collect();
        Tensor::from_vec(v, shape.clone())
    });
    let c = Tensor::from_vec(c, shape);
    Ok(record(out, &[a, b], move || Rule::Where(c)))
}

/// A copy in another dtype (`x.double()`, `x.to(torch.float64)`); the same tensor when the dtype is its own.
pub fn cast(a: &Var, dtype: DType) -> GResult<Var> {
    if a.dtype() == dtype {
        return Ok(a.clone());
    }
    // Integer and bool results are outside the graph (they have no gradient).
    if !(dtype.is_float() || dtype.is_complex()) {
        return Ok(Var::constant(a.t.astype(dtype)));
    }
    Ok(record(a.t.astype(dtype), &[a], || Rule::ToCopy))
}

/// A contiguous copy (`clone()`).
pub fn clone(a: &Var) -> GResult<Var> {
    Ok(record(a.t.copy(), &[a], || Rule::Clone))
}

/// Sum over `dims` (all when None), computed in `dtype`.
pub fn sum(a: &Var, dims: Option<&[usize]>, keepdim: bool, dtype: DType) -> GResult<Var> {
    let all: Vec<usize> = (0..a.t.ndim()).collect();
    let axes = dims.unwrap_or(&all);
    let out = reduce::reduce(ReduceOp::Sum, &a.t.cast(dtype), axes, keepdim)?;
    let out = out.cast(dtype);
    let axes = axes.to_vec();
    Ok(record(out, &[a], move || Rule::Sum {
        dims: axes,
        keepdim,
        full: dims.is_none(),
    }))
}

/// Mean over `dims` (all when None); `a` is floating.
pub fn mean(a: &Var, dims: Option<&[usize]>, keepdim: bool) -> GResult<Var> {
    let d = a.dtype();
    let all: Vec<usize> = (0..a.t.ndim()).collect();
    let axes = dims.unwrap_or(&all);
    let count: usize = axes.iter().map(|&x| a.t.shape[x]).product();
    let s = reduce::reduce(ReduceOp::Sum, &a.t, axes, keepdim)?.cast(d);
    let out = tops::binary(BinaryOp::Div, &s, &Tensor::scalar(count as f64).cast(d), d)?;
    let axes = axes.to_vec();
    Ok(record(out, &[a], move || Rule::Mean {
        dims: axes,
        keepdim,
        full: dims.is_none(),
        count,
    }))
}

/// The same elements in another shape: a view when the layout allows, else a copy (`view`, `reshape`).
pub fn reshape(a: &Var, shape: &[usize]) -> GResult<Var> {
    reshape_named(a, shape, "ViewBackward0")
}

pub fn reshape_named(a: &Var, shape: &[usize], name: &'static str) -> GResult<Var> {
    let spec: Vec<isize> = shape.iter().map(|&d| d as isize).collect();
    let out = a.t.reshape(&spec)?;
    Ok(record(out, &[a], move || Rule::View(name)))
}

/// Reorder the axes (a view).
pub fn permute(a: &Var, perm: &[usize]) -> GResult<Var> {
    let perm = perm.to_vec();
    let out = a.t.permute(&perm);
    Ok(record(out, &[a], move || Rule::Permute(perm)))
}

/// Swap two axes (a view): `transpose(d0, d1)`, or `t()` for a matrix when `t` is set.
pub fn transpose(a: &Var, d0: usize, d1: usize, t: bool) -> GResult<Var> {
    let mut perm: Vec<usize> = (0..a.t.ndim()).collect();
    perm.swap(d0, d1);
    let out = a.t.permute(&perm);
    Ok(record(out, &[a], move || Rule::Transpose(d0, d1, t)))
}

/// Broadcast to `shape` (a view with zero strides).
pub fn expand(a: &Var, shape: &[usize]) -> GResult<Var> {
    let out = a.t.broadcast_to(shape)?;
    Ok(record(out, &[a], || Rule::Expand))
}

/// Insert a length-1 axis (a view).
pub fn unsqueeze(a: &Var, dim: usize) -> GResult<Var> {
    let out = a.t.unsqueeze(dim);
    Ok(record(out, &[a], move || Rule::Unsqueeze(dim)))
}

/// Remove the length-1 axes among `dims` (a view).
pub fn squeeze(a: &Var, dims: &[usize], name: SqueezeName) -> GResult<Var> {
    let shape: Vec<usize> = (0..a.t.ndim())
        .filter(|d| !(dims.contains(d) && a.t.shape[*d] == 1))
        .map(|d| a.t.shape[d])
        .collect();
    let spec: Vec<isize> = shape.iter().map(|&d| d as isize).collect();
    let out = a.t.reshape(&spec)?;
    Ok(record(out, &[a], move || Rule::Squeeze(name)))
}

/// Element `i` along `dim`, dropping the axis (a view).
pub fn select(a: &Var, dim: usize, i: usize) -> GResult<Var> {
    select_named(a, dim, i, "SelectBackward0")
}

/// `select` recorded under another node name (UnbindBackward0).
pub fn select_named(a: &Var, dim: usize, i: usize, name: &'static str) -> GResult<Var> {
    let out = a.t.select(dim, i);
    Ok(record(out, &[a], move || {
        Rule::named(name, Rule::Select(dim, i))
    }))
}

/// `n` elements from `start` by `step` along `dim` (a view).
pub fn slice(a: &Var, dim: usize, start: usize, step: usize, n: usize) -> GResult<Var> {
    slice_named(a, dim, start, step, n, "SliceBackward0")
}

/// `slice` recorded under another node name (SplitBackward0, SplitWithSizesBackward0).
pub fn slice_named(
    a: &Var,
    dim: usize,
    start: usize,
    step: usize,
    n: usize,
    name: &'static str,
) -> GResult<Var> {
    let out = a.t.slice_axis(dim, start, step as isize, n);
    Ok(record(out, &[a], move || {
        Rule::named(name, Rule::Slice { dim, start, step })
    }))
}

/// The gradient of `select`: `g` placed at `i` along `dim` of zeros shaped `shape` (differentiable, for
/// gradients of gradients).
pub fn select_backward(g: &Var, shape: &[usize], dim: usize, i: usize) -> GResult<Var> {
    let out = Tensor::zeros(g.dtype(), shape.to_vec());
    out.select(dim, i).assign(&g.t)?;
    Ok(record(out, &[g], move || Rule::SelectBackward(dim, i)))
}

/// The gradient of `slice` (see `select_backward`).
pub fn slice_backward(
    g: &Var,
    shape: &[usize],
    dim: usize,
    start: usize,
    step: usize,
) -> GResult<Var> {
    let out = Tensor::zeros(g.dtype(), shape.to_vec());
    out.slice_axis(dim, start, step as isize, g.t.shape[dim])
        .assign(&g.t)?;
    Ok(record(out, &[g], move || Rule::SliceBackward {
        dim,
        start,
        step,
    }))
}

/// The matrix product in `dtype`, with PyTorch's decomposition by operand ranks (so nodes carry its names).
pub fn matmul(a: &Var, b: &Var, dtype: DType) -> Result<Var, MatmulFailure> {
    let (a, b) = (cast(a, dtype)?, cast(b, dtype)?);
    let core = |a: &Var, b: &Var, rule: fn(Var, Var) -> Rule| -> Result<Var, MatmulFailure> {
        let out = matmul::matmul(&a.t, &b.t, dtype).map_err(MatmulFailure::Shapes)?;
        let (sa, sb) = (a.clone(), b.clone());
        Ok(record(out, &[a, b], move || rule(sa, sb)))
    };
    match (a.t.ndim(), b.t.ndim()) {
        (1, 1) => core(&a, &b, Rule::Dot),
        (2, 2) => core(&a, &b, Rule::Mm),
        (2, 1) => core(&a, &b, Rule::Mv),
        (1, 2) => {
            let r = core(&unsqueeze(&a, 0)?, &b, Rule::Mm)?;
            Ok(squeeze(&r, &[0], SqueezeName::Dims)?)
        }
        (0, _) | (_, 0) => Err(MatmulFailure::Shapes(MatmulError::ZeroDim(
            if a.t.ndim() == 0 { 0 } else { 1 },
        ))),
        (na, nb) => {
            let a2 = if na == 1 {
                unsqueeze(&a, 0)?
            } else {
                a.clone()
            };
            let b2 = if nb == 1 {
                unsqueeze(&b, 1)?
            } else {
                b.clone()
            };
            let r = core(&a2, &b2, Rule::Bmm)?;
            if na == 1 || nb == 1 {
                let out = matmul::matmul(&a.t, &b.t, dtype).map_err(MatmulFailure::Shapes)?;
                return Ok(reshape_named(&r, &out.shape, "UnsafeViewBackward0")?);
            }
            Ok(r)
        }
    }
}

/// A matrix product's failure: its operands' shapes, or an error of the ops around it.
#[derive(Debug)]
pub enum MatmulFailure {
    Shapes(MatmulError),
    Grad(GradError),
}

impl From<GradError> for MatmulFailure {
    fn from(e: GradError) -> MatmulFailure {
        MatmulFailure::Grad(e)
    }
}

/// `a.mT`: the last two axes swapped.
pub fn mt(a: &Var) -> GResult<Var> {
    let n = a.t.ndim();
    transpose(a, n - 2, n - 1, false)
}

/// Zeros shaped and typed like `a` (outside the graph).
pub fn zeros_like(a: &Var) -> Var {
    Var::constant(Tensor::zeros(a.dtype(), a.t.shape.clone()))
}

/// `a + b` in `a`'s dtype (gradient accumulation).
pub fn add(a: &Var, b: &Var) -> GResult<Var> {
    binary(BinaryOp::Add, a, b, a.dtype(), [false, false])
}

pub fn mul(a: &Var, b: &Var) -> GResult<Var> {
    binary(BinaryOp::Mul, a, b, a.dtype(), [false, false])
}

pub fn div(a: &Var, b: &Var) -> GResult<Var> {
    binary(BinaryOp::Div, a, b, a.dtype(), [false, false])
}

pub fn neg(a: &Var) -> GResult<Var> {
    unary(UnaryOp::Neg, a, a.dtype())
}

/// `a * c` for a number `c`.
pub fn mul_scalar(a: &Var, c: f64) -> GResult<Var> {
    binary(
        BinaryOp::Mul,
        a,
        &scalar(c, a.dtype()),
        a.dtype(),
        [false, true],
    )
}

/// `a + c` for a number `c`.
pub fn add_scalar(a: &Var, c: f64) -> GResult<Var> {
    binary(
        BinaryOp::Add,
        a,
        &scalar(c, a.dtype()),
        a.dtype(),
        [false, true],
    )
}

/// `a ** c` for a number `c`.
pub fn pow_scalar(a: &Var, c: f64) -> GResult<Var> {
    binary(
        BinaryOp::Pow,
        a,
        &scalar(c, a.dtype()),
        a.dtype(),
        [false, true],
    )
}

/// `f(a)` in `a`'s dtype.
pub fn apply(op: UnaryOp, a: &Var) -> GResult<Var> {
    unary(op, a, a.dtype())
}

/// A bool mask `a <cmp> b` (outside the graph).
pub fn mask(op: CompareOp, a: &Var, b: &Var) -> GResult<Tensor> {
    Ok(compare(op, a, b, a.dtype())?.t)
}

/// The mask as numbers in `dtype` (1 where set), outside the graph.
pub fn mask_as(m: &Tensor, dtype: DType) -> Var {
    Var::constant(m.astype(dtype))
}

/// Join `vars` (cast to `dtype`) along the existing axis `dim`, with PyTorch's errors for mismatched shapes.
pub fn cat(vars: &[Var], dim: usize, dtype: DType) -> GResult<Var> {
    let first = &vars[0].t;
    let nd = first.ndim();
    if nd == 0 {
        return Err(GradError::Runtime(
            "zero-dimensional tensor (at position 0) cannot be concatenated".into(),
        ));
    }
    let mut shape = first.shape.clone();
    shape[dim] = 0;
    for (i, v) in vars.iter().enumerate() {
        if v.t.ndim() != nd {
            return Err(GradError::Runtime(format!(
                "Tensors must have same number of dimensions: got {nd} and {}",
                v.t.ndim()
            )));
        }
        for ax in 0..nd {
            if ax != dim && v.t.shape[ax] != first.shape[ax] {
                return Err(GradError::Runtime(format!(
                    "Sizes of tensors must match except in dimension {dim}. Expected size {} but got size {} for tensor number {i} in the list.",
                    first.shape[ax], v.t.shape[ax]
                )));
            }
        }
        shape[dim] += v.t.shape[dim];
    }
    let out = Tensor::zeros(dtype, shape);
    let mut at = 0;
    let mut sizes = Vec::with_capacity(vars.len());
    for v in vars {
        let n = v.t.shape[dim];
        out.slice_axis(dim, at, 1, n).assign(&v.t.cast(dtype))?;
        sizes.push(n);
        at += n;
    }
    let refs: Vec<&Var> = vars.iter().collect();
    Ok(record(out, &refs, move || Rule::Cat { dim, sizes }))
}

/// Join `vars` along a new axis `dim`.
pub fn stack(vars: &[Var], dim: usize, dtype: DType) -> GResult<Var> {
    let first = &vars[0].t.shape;
    for (i, v) in vars.iter().enumerate() {
        if &v.t.shape != first {
            return Err(GradError::Runtime(format!(
                "stack expects each tensor to be equal size, but got {} at entry 0 and {} at entry {i}",
                shape_list(first),
                shape_list(&v.t.shape)
            )));
        }
    }
    let mut shape = first.clone();
    shape.insert(dim, vars.len());
    let out = Tensor::zeros(dtype, shape);
    for (i, v) in vars.iter().enumerate() {
        out.select(dim, i).assign(&v.t.cast(dtype))?;
    }
    let refs: Vec<&Var> = vars.iter().collect();
    Ok(record(out, &refs, move || Rule::Stack(dim)))
}

/// `[2, 3]`, as PyTorch writes sizes in messages.
fn shape_list(s: &[usize]) -> String {
    format!(
        "[{}]",
        s.iter()
            .map(|d| d.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    )
}

/// The largest element along `dim` (kept as a length-1 axis), outside the graph.
fn max_keep(a: &Tensor, dim: usize) -> GResult<Tensor> {
    Ok(reduce::reduce(ReduceOp::Max, a, &[dim], true)?)
}

/// `softmax(a)` along `dim`: `exp(a - max) / sum(exp(a - max))`.
pub fn softmax(a: &Var, dim: usize) -> GResult<Var> {
    let d = a.dtype();
    let shifted = tops::binary(BinaryOp::Sub, &a.t, &max_keep(&a.t, dim)?, d)?;
    let e = tops::unary(UnaryOp::Exp, &shifted, d)?;
    let s = reduce::reduce(ReduceOp::Sum, &e, &[dim], true)?.cast(d);
    let out = tops::binary(BinaryOp::Div, &e, &s, d)?;
    let sa = a.clone();
    Ok(record(out, &[a], move || Rule::Softmax(sa, dim)))
}

/// `log(softmax(a))` along `dim`, computed as `(a - max) - log(sum(exp(a - max)))`.
pub fn log_softmax(a: &Var, dim: usize) -> GResult<Var> {
    let d = a.dtype();
    let shifted = tops::binary(BinaryOp::Sub, &a.t, &max_keep(&a.t, dim)?, d)?;
    let e = tops::unary(UnaryOp::Exp, &shifted, d)?;
    let s = reduce::reduce(ReduceOp::Sum, &e, &[dim], true)?.cast(d);
    let out = tops::binary(
        BinaryOp::Sub,
        &shifted,
        &tops::unary(UnaryOp::Log, &s, d)?,
        d,
    )?;
    let sa = a.clone();
    Ok(record(out, &[a], move || Rule::LogSoftmax(sa, dim)))
}

/// `a` limited to `[lo, hi]` (either bound optional); NaN stays NaN.
pub fn clamp(a: &Var, lo: Option<f64>, hi: Option<f64>) -> GResult<Var> {
    super::elementwise::clamp_named(a, lo, hi, super::rules::ClampName::Clamp)
}

/// The largest (`max`) or smallest element of all of `a`, as a 0-d tensor.
pub fn extreme_all(a: &Var, max: bool) -> GResult<Var> {
    let op = if max { ReduceOp::Max } else { ReduceOp::Min };
    let all: Vec<usize> = (0..a.t.ndim()).collect();
    let out = reduce::reduce(op, &a.t, &all, false)?;
    let sa = a.clone();
    Ok(record(out, &[a], move || Rule::ExtremeAll(sa, max)))
}

/// The largest or smallest elements along `dim` and their indices (the values are differentiable).
pub fn extreme_dim(a: &Var, dim: usize, keepdim: bool, max: bool) -> GResult<(Var, Tensor)> {
    let (op, arg) = if max {
        (ReduceOp::Max, ReduceOp::ArgMax)
    } else {
        (ReduceOp::Min, ReduceOp::ArgMin)
    };
    let values = reduce::reduce(op, &a.t, &[dim], keepdim)?;
    let idx = reduce::reduce(arg, &a.t, &[dim], true)?.cast(DType::I64);
    let kept = idx.clone();
    let idx_out = if keepdim {
        idx
    } else {
        let spec: Vec<isize> = values.shape.iter().map(|&d| d as isize).collect();
        idx.reshape(&spec)?
    };
    let shape = a.t.shape.clone();
    let v = record(values, &[a], move || Rule::ExtremeDim {
        dim,
        keepdim,
        index: kept,
        shape,
        max,
    });
    Ok((v, idx_out))
}

/// The gradient of `extreme_dim`: `g` placed at the chosen index along `dim` of zeros shaped `shape`.
pub fn place_at_index(
    g: &Var,
    index: &Tensor,
    shape: &[usize],
    dim: usize,
    keepdim: bool,
) -> GResult<Var> {
    let g = if keepdim {
        g.clone()
    } else {
        unsqueeze(g, dim)?
    };
    let gi = g.t.broadcast_to(&index.shape)?;
    let idx = index.to_vec::<i64>();
    let vals = gi.cast(DType::F64).to_vec::<f64>();
    let mut k = 0;
    let strides = crate::tensor::contiguous_strides(shape);
    let mut counter = vec![0usize; shape.len()];
    let n: usize = index.shape.iter().product();
    let mut flat = Tensor::zeros(DType::F64, shape.to_vec()).to_vec::<f64>();
    while k < n {
        let mut pos = 0isize;
        for (ax, &c) in counter.iter().enumerate() {
            let c = if ax == dim { idx[k] as usize } else { c };
            pos += c as isize * strides[ax];
        }
        flat[pos as usize] += vals[k];
        k += 1;
        for ax in (0..counter.len()).rev() {
            counter[ax] += 1;
            if counter[ax] < index.shape[ax] {
                break;
            }
            counter[ax] = 0;
        }
    }
    let out = Tensor::from_vec(flat, shape.to_vec()).cast(g.dtype());
    Ok(record(out, &[&g], || Rule::IndexPut))
}

/// The storage offsets of a tensor's elements in C order.
fn element_offsets(t: &Tensor) -> Vec<usize> {
    let mut offs = Vec::with_capacity(t.numel());
    crate::tensor::for_each_offset(&t.shape, &t.strides, t.offset, |o| offs.push(o));
    offs
}

/// The elements of `a` at flat (C-order) `positions` (an int64 tensor whose shape the result takes): advanced
/// indexing, whatever its form, once the library has turned it into positions.
pub fn take(a: &Var, positions: &Tensor) -> GResult<Var> {
    take_named(a, positions, "IndexBackward0")
}

/// `take` recorded under another node name (GatherBackward0, IndexSelectBackward0, TakeBackward0, ...).
pub fn take_named(a: &Var, positions: &Tensor, name: &'static str) -> GResult<Var> {
    let all = element_offsets(&a.t);
    let pos = positions.cast(DType::I64).to_vec::<i64>();
    let offs: Vec<usize> = pos.iter().map(|&p| all[p as usize]).collect();
    let out = crate::tensor::index::gather(&a.t, &offs, positions.shape.clone());
    let p = positions.cast(DType::I64);
    Ok(record(out, &[a], move || Rule::named(name, Rule::Take(p))))
}

/// The gradient of `take`: `g` added into zeros shaped `shape` at `positions` (repeats accumulate).
pub fn take_backward(g: &Var, positions: &Tensor, shape: &[usize]) -> GResult<Var> {
    let n: usize = shape.iter().product();
    let pos = positions.to_vec::<i64>();
    let g_at = g.t.broadcast_to(&positions.shape)?;
    // Sums per position, in f64; a complex gradient sums its real and imaginary parts apart.
    let summed = |t: &Tensor| {
        let mut acc = vec![0.0f64; n];
        for (&p, v) in pos.iter().zip(t.cast(DType::F64).to_vec::<f64>()) {
            acc[p as usize] += v;
        }
        acc
    };
    let out = if g.dtype().is_complex() {
        let (re, im) = (
            summed(&g_at.component(false)),
            summed(&g_at.component(true)),
        );
        let pairs: Vec<f64> = re.into_iter().zip(im).flat_map(|(r, i)| [r, i]).collect();
        let mut pair_shape = shape.to_vec();
        pair_shape.push(2);
        Tensor::from_vec(pairs, pair_shape)
            .cast(g.dtype().real())
            .complex_of_pairs()
            .ok_or_else(|| GradError::Runtime("internal: complex take_backward".into()))?
    } else {
        Tensor::from_vec(summed(&g_at), shape.to_vec()).cast(g.dtype())
    };
    let p = positions.clone();
    Ok(record(out, &[g], move || Rule::TakeBackward(p)))
}

/// Write `src` (broadcast to `positions`' shape) into `a`'s storage at flat `positions` (outside the graph).
pub fn put(a: &Tensor, positions: &Tensor, src: &Tensor) -> GResult<()> {
    let all = element_offsets(a);
    let offs: Vec<usize> = positions
        .cast(DType::I64)
        .to_vec::<i64>()
        .iter()
        .map(|&p| all[p as usize])
        .collect();
    let src = src.broadcast_to(&positions.shape)?.cast(a.dtype());
    crate::tensor::index::scatter(a, &offs, &src);
    Ok(())
}

/// `a * c` (`div`: `a / c`) for a number `c` that ATen's own code supplies (not a wrapped Python number), in
/// `a`'s dtype: PyTorch's MulBackward1 / DivBackward1.
pub fn scale(a: &Var, c: f64, div: bool) -> GResult<Var> {
    let d = a.dtype();
    let op = if div { BinaryOp::Div } else { BinaryOp::Mul };
    let out = tops::binary(op, &a.t, &Tensor::scalar(c).cast(d), d)?;
    Ok(record(out, &[a], move || Rule::Scale { c, div }))
}

/// `a` where `mask` is unset, else `value` (`masked_fill`); the mask broadcasts to `a`.
pub fn masked_fill(a: &Var, mask: &Tensor, value: f64) -> GResult<Var> {
    masked_fill_named(a, mask, value, "MaskedFillBackward0")
}

/// `masked_fill` recorded under another node name (TrilBackward0, TriuBackward0).
pub fn masked_fill_named(a: &Var, mask: &Tensor, value: f64, name: &'static str) -> GResult<Var> {
    let d = a.dtype();
    let m = mask.broadcast_to(&a.t.shape)?.copy();
    let fill = Var::constant(Tensor::scalar(value).cast(d));
    let out = super::with_grad_mode(false, || where_(&m, &fill, a, d))?;
    Ok(record(out.t, &[a], move || {
        Rule::named(name, Rule::MaskedFill(m))
    }))
}

/// `a` padded with `value`: `pads` holds (before, after) amounts for the last dim, the one before it, ...;
/// negative amounts remove elements.
pub fn constant_pad(a: &Var, pads: &[(i64, i64)], value: f64) -> GResult<Var> {
    let nd = a.t.ndim();
    let mut shape = a.t.shape.clone();
    let mut src = a.t.clone();
    // Per padded dim: where the kept part of the input lands in the output, and its length.
    let mut places = Vec::with_capacity(pads.len());
    for (k, &(before, after)) in pads.iter().enumerate() {
        let dim = nd - 1 - k;
        let n = a.t.shape[dim] as i64;
        let size = n + before + after;
        if size < 0 {
            return Err(GradError::Runtime(
                "narrow(): length must be non-negative.".into(),
            ));
        }
        let skip = (-before).max(0).min(n);
        let keep = (n - skip - (-after).max(0)).max(0);
        src = src.slice_axis(dim, skip as usize, 1, keep as usize);
        places.push((dim, before.max(0) as usize, keep as usize));
        shape[dim] = size as usize;
    }
    let d = a.dtype();
    let out = Tensor::scalar(value).cast(d).broadcast_to(&shape)?.copy();
    let mut window = out.clone();
    for &(dim, at, keep) in &places {
        window = window.slice_axis(dim, at, 1, keep);
    }
    window.assign(&src)?;
    let pads = pads.to_vec();
    Ok(record(out, &[a], move || Rule::ConstantPad(pads)))
}
