//! Index ops of `torch.Tensor`: gather/scatter (with add and reduce), index_select/add/copy/fill/put,
//! masked fill/scatter/select, take, take_along_dim, and the out-of-place and in-place forms of each. Every op
//! turns its index arguments into flat C-order positions of the tensor it reads or writes, with PyTorch's checks
//! and messages; `autograd::index_ops` then reads (`take_named`) or writes (`put`) there, recording the op's
//! PyTorch node.

use super::shape::wrap_dim;
use super::tensor::{check_inplace, commit_inplace, operand, torch_type_word};
use super::*;
use crate::autograd::index_ops::{self as iops, Combine};
use crate::autograd::ops as aops;
use crate::library::args;
use crate::tensor::ops::BinaryOp;

fn runtime(m: impl Into<String>) -> Box<Exc> {
    Exc::new(ExcType::RuntimeError, m.into())
}

fn index_err(m: impl Into<String>) -> Box<Exc> {
    Exc::new(ExcType::IndexError, m.into())
}

/// `[2, 3]`, as PyTorch writes shapes in messages.
fn dims_list(s: &[usize]) -> String {
    let v: Vec<String> = s.iter().map(|d| d.to_string()).collect();
    format!("[{}]", v.join(", "))
}

/// A tensor argument, with PyTorch's TypeError naming the op, argument and position otherwise.
fn tensor_arg(v: &Value, op: &str, name: &str, pos: usize) -> Res<Var> {
    as_var(v).ok_or_else(|| {
        type_error(format!(
            "{op}(): argument '{name}' (position {pos}) must be Tensor, not {}",
            v.type_name()
        ))
    })
}

/// An index tensor's values, refusing dtypes other than the integer ones with `msg`.
fn index_values(idx: &Var, long_only: bool, msg: impl FnOnce(DType) -> Box<Exc>) -> Res<Vec<i64>> {
    let d = idx.dtype();
    let ok = d == DType::I64 || (!long_only && d == DType::I32);
    if !ok {
        return Err(msg(d));
    }
    Ok(idx.t.cast(DType::I64).to_vec::<i64>())
}

/// The shape a 0-d tensor has in index ops: one element.
fn at_least_1d(s: &[usize]) -> Vec<usize> {
    if s.is_empty() {
        vec![1]
    } else {
        s.to_vec()
    }
}

/// Flat C-order positions in a tensor of `shape` for each element of `out_shape` (C order): `along(k)` along
/// `dim` for the k-th element, the element's own coordinate along the other dims (0 where `shape` has length 1,
/// so the tensor broadcasts).
fn positions_along(
    shape: &[usize],
    dim: usize,
    out_shape: &[usize],
    along: impl Fn(usize, &[usize]) -> i64,
) -> Tensor {
    let strides = crate::tensor::contiguous_strides(shape);
    let n: usize = out_shape.iter().product();
    let mut coords = vec![0usize; out_shape.len()];
    let mut out = Vec::with_capacity(n);
    for k in 0..n {
        let mut p = 0i64;
        for (d, &c) in coords.iter().enumerate() {
            let c = if d == dim {
                along(k, &coords)
            } else if shape[d] == 1 {
                0
            } else {
                c as i64
            };
            p += c * strides[d] as i64;
        }
        out.push(p);
        for d in (0..coords.len()).rev() {
            coords[d] += 1;
            if coords[d] < out_shape[d] {
                break;
            }
            coords[d] = 0;
        }
    }
    Tensor::from_vec(out, out_shape.to_vec())
}

/// `index` values checked against `size` (no negative indices, as gather and scatter).
fn check_bounds(vals: &[i64], size: usize, dim: usize) -> Res<()> {
    match vals.iter().find(|&&i| i < 0 || i >= size as i64) {
        Some(i) => Err(runtime(format!(
            "index {i} is out of bounds for dimension {dim} with size {size}"
        ))),
        None => Ok(()),
    }
}

/// Positions for gather/scatter: `index` along `dim` of a tensor shaped `shape`, the index no larger than it
/// (nor than `src`, for scatter) apart from `dim`.
fn dim_positions(
    op: &str,
    shape: &[usize],
    dim: usize,
    index: &Var,
    src: Option<&[usize]>,
) -> Res<Tensor> {
    let vals = index_values(index, false, |_| {
        runtime(format!("{op}(): Expected dtype int32/int64 for index"))
    })?;
    let shape1 = at_least_1d(shape);
    let ishape = at_least_1d(&index.t.shape);
    if ishape.len() != shape1.len() {
        return Err(runtime(
            "Index tensor must have the same number of dimensions as input tensor",
        ));
    }
    for d in 0..shape1.len() {
        let too_big_self = d != dim && ishape[d] > shape1[d];
        let too_big_src =
            src.is_some_and(|s| at_least_1d(s).get(d).is_some_and(|&n| ishape[d] > n));
        if too_big_self || too_big_src {
            return Err(runtime(match src {
                None => format!(
                    "Size does not match at dimension {d} expected index {} to be no larger than self {} apart from dimension {dim}",
                    dims_list(&ishape),
                    dims_list(&shape1)
                ),
                Some(s) => format!(
                    "Expected index {} to be no larger than self {} apart from dimension {dim} and to be no larger size than src {}",
                    dims_list(&ishape),
                    dims_list(&shape1),
                    dims_list(&at_least_1d(s))
                ),
            }));
        }
    }
    check_bounds(&vals, shape1[dim], dim)?;
    let pos = positions_along(&shape1, dim, &ishape, |k, _| vals[k]);
    Ok(if index.t.ndim() == 0 {
        pos.reshape(&[]).map_err(tensor_error)?
    } else {
        pos
    })
}

/// `x.gather(dim, index)`: `out[i][j] = x[i][index[i][j]]` for dim 1.
fn gather(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = this(&a[0])?;
    let dim = wrap_dim(args::int(&a[1], "dim")?, x.t.ndim())?;
    let index = tensor_arg(&a[2], "gather", "index", 3)?;
    let pos = dim_positions("gather", &x.t.shape, dim, &index, None)?;
    wrap(
        me,
        aops::take_named(&x, &pos, "GatherBackward0").map_err(grad_error)?,
    )
}

/// The source of a scatter: a tensor of the target's dtype (cut to the index's extent), or a number.
fn scatter_source(op: &str, x: &Var, index: &Var, src: &Value) -> Res<(Var, bool)> {
    match as_var(src) {
        Some(s) => {
            if s.dtype() != x.dtype() {
                return Err(runtime(format!(
                    "{op}(): Expected self.dtype to be equal to src.dtype"
                )));
            }
            // Only the block of `src` the index covers is used.
            let mut s = s;
            for (d, &n) in index.t.shape.iter().enumerate() {
                if d < s.t.ndim() && s.t.shape[d] != n {
                    s = aops::slice(&s, d, 0, 1, n.min(s.t.shape[d])).map_err(grad_error)?;
                }
            }
            Ok((s, true))
        }
        None => match operand(src) {
            Some(o) => Ok((
                aops::cast(&o.var().detach(), x.dtype()).map_err(grad_error)?,
                false,
            )),
            None => Err(type_error(format!(
                "{op}(): argument 'src' must be Tensor or Number, not {}",
                src.type_name()
            ))),
        },
    }
}

/// `x.scatter(dim, index, src)` (or a number `value`), with the deprecated `reduce='add'|'multiply'`.
fn scatter(_: &mut Interp, x: &Var, a: &[Value]) -> Res<Var> {
    let dim = wrap_dim(args::int(&a[1], "dim")?, x.t.ndim())?;
    let index = tensor_arg(&a[2], "scatter", "index", 2)?;
    let src_value = if matches!(a[3], Value::None) {
        &a[4]
    } else {
        &a[3]
    };
    let (src, is_tensor) = scatter_source("scatter", x, &index, src_value)?;
    if is_tensor {
        // PyTorch wraps dim against src as well.
        wrap_dim(args::int(&a[1], "dim")?, src.t.ndim())?;
    }
    let pos = dim_positions(
        "scatter",
        &x.t.shape,
        dim,
        &index,
        is_tensor.then_some(&src.t.shape[..]),
    )?;
    let how = match &a[5] {
        Value::None => Combine::Write,
        r => match &*args::string(r, "reduce")? {
            "add" => Combine::Reduce(BinaryOp::Add, true),
            "multiply" => Combine::Reduce(BinaryOp::Mul, true),
            other => {
                return Err(runtime(format!(
                    "reduce argument must be either add or multiply. Got {other}"
                )))
            }
        },
    };
    let name = if is_tensor {
        "ScatterBackward0"
    } else {
        "ScatterBackward1"
    };
    iops::put(x, &pos, &src, how, name).map_err(grad_error)
}

/// `x.scatter_add(dim, index, src)`: src's values added at the index (repeats accumulate).
fn scatter_add(me: &mut Interp, x: &Var, a: &[Value]) -> Res<Var> {
    let _ = me;
    let dim = wrap_dim(args::int(&a[1], "dim")?, x.t.ndim())?;
    let index = tensor_arg(&a[2], "scatter_add", "index", 2)?;
    tensor_arg(&a[3], "scatter_add", "src", 3)?;
    let (src, _) = scatter_source("scatter", x, &index, &a[3])?;
    let pos = dim_positions("scatter", &x.t.shape, dim, &index, Some(&src.t.shape))?;
    iops::put(
        x,
        &pos,
        &src,
        Combine::Reduce(BinaryOp::Add, true),
        "ScatterAddBackward0",
    )
    .map_err(grad_error)
}

/// `x.scatter_reduce(dim, index, src, reduce, include_self=True)`: sum, prod, mean, amax or amin.
fn scatter_reduce(me: &mut Interp, x: &Var, a: &[Value]) -> Res<Var> {
    let dim = wrap_dim(args::int(&a[1], "dim")?, x.t.ndim())?;
    let index = tensor_arg(&a[2], "scatter_reduce", "index", 2)?;
    tensor_arg(&a[3], "scatter_reduce", "src", 3)?;
    let (src, _) = scatter_source("scatter_reduce", x, &index, &a[3])?;
    let pos = dim_positions(
        "scatter_reduce",
        &x.t.shape,
        dim,
        &index,
        Some(&src.t.shape),
    )?;
    let include_self = me.truthy(&a[5])?;
    let reduce = args::string(&a[4], "reduce")?;
    let op = match &*reduce {
        "sum" | "mean" => BinaryOp::Add,
        "prod" => BinaryOp::Mul,
        "amax" => BinaryOp::Maximum,
        "amin" => BinaryOp::Minimum,
        other => {
            return Err(runtime(format!(
                "reduce argument must be either sum, prod, mean, amax or amin, got {other}"
            )))
        }
    };
    let recorded = crate::autograd::grad_enabled() && (x.requires_grad() || src.requires_grad());
    if recorded && &*reduce != "sum" {
        return Err(grad_error(crate::autograd::GradError::NotImplemented(
            format!("scatter_reduce with reduce='{reduce}'"),
        )));
    }
    let summed = iops::put(
        x,
        &pos,
        &src,
        Combine::Reduce(op, include_self),
        "ScatterReduceBackward0",
    )
    .map_err(grad_error)?;
    if &*reduce != "mean" {
        return Ok(summed);
    }
    // The mean: each touched element's sum divided by how many values it got (itself included when asked);
    // integers divide rounding down, as PyTorch's.
    let mut counts = vec![if include_self { 1i64 } else { 0 }; x.t.numel()];
    for p in pos.to_vec::<i64>() {
        counts[p as usize] += 1;
    }
    let touched: Vec<bool> = counts.iter().map(|&c| c > 0).collect();
    let counts = Tensor::from_vec(
        counts.iter().map(|&c| c.max(1)).collect::<Vec<_>>(),
        x.t.shape.clone(),
    );
    let d = x.dtype();
    let div = if d.is_float() || d.is_complex() {
        BinaryOp::Div
    } else {
        BinaryOp::FloorDiv
    };
    let mean = crate::tensor::ops::binary(div, &summed.t, &counts.cast(d), d)
        .map_err(tensor_error)?
        .cast(d);
    let keep = Tensor::from_vec(touched, x.t.shape.clone());
    aops::where_(&keep, &Var::constant(mean), &summed, d).map_err(grad_error)
}

/// A vector (or scalar) index along `dim` of a tensor shaped `shape`, with negative entries counted from the
/// end when `negative_ok`; `oob` words the out-of-bounds error.
fn vector_index(
    index: &Var,
    size: usize,
    negative_ok: bool,
    oob: impl Fn(i64) -> Box<Exc>,
) -> Res<Vec<i64>> {
    let vals = index.t.cast(DType::I64).to_vec::<i64>();
    vals.iter()
        .map(|&i| {
            let j = if negative_ok && i < 0 {
                i + size as i64
            } else {
                i
            };
            if j < 0 || j >= size as i64 {
                Err(oob(i))
            } else {
                Ok(j)
            }
        })
        .collect()
}

/// Positions of `x`'s slices along `dim` at `vals` (the shape of `x` with `dim` resized to the index length).
fn slice_positions(shape: &[usize], dim: usize, vals: &[i64]) -> Tensor {
    let shape = at_least_1d(shape);
    let mut out_shape = shape.clone();
    out_shape[dim] = vals.len();
    positions_along(&shape, dim, &out_shape, |_, c| vals[c[dim]])
}

fn index_select(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = this(&a[0])?;
    let dim = wrap_dim(args::int(&a[1], "dim")?, x.t.ndim())?;
    let index = tensor_arg(&a[2], "index_select", "index", 2)?;
    if index.t.ndim() > 1 {
        return Err(index_err(
            "index_select(): Index is supposed to be a vector",
        ));
    }
    index_values(&index, false, |_| {
        runtime("index_select(): Expected dtype int32 or int64 for index")
    })?;
    let size = at_least_1d(&x.t.shape)[dim];
    let vals = vector_index(&index, size, false, |_| {
        index_err("index out of range in self")
    })?;
    let pos = slice_positions(&x.t.shape, dim, &vals);
    wrap(
        me,
        aops::take_named(&x, &pos, "IndexSelectBackward0").map_err(grad_error)?,
    )
}

/// index_add/index_copy: `source` has `x`'s shape but for `dim`, whose length is the index's.
fn index_source(op: &str, x: &Var, dim: usize, index: &Var, source: &Var) -> Res<Vec<i64>> {
    let size = at_least_1d(&x.t.shape)[dim];
    let n = index.t.numel();
    if index.t.ndim() > 1 {
        return Err(index_err(format!(
            "{op}(): Index should have dimension 1 or 0 (got {})",
            index.t.ndim()
        )));
    }
    let src_dim = source.t.shape.get(dim).copied().unwrap_or(1);
    let same_rest = source.t.ndim() == x.t.ndim()
        && (0..x.t.ndim()).all(|d| d == dim || source.t.shape[d] == x.t.shape[d]);
    if op == "index_add_" {
        if source.dtype() != x.dtype() {
            return Err(runtime(format!(
                "index_add_(): self ({}) and source ({}) must have the same scalar type",
                torch_type_word(x.dtype()),
                torch_type_word(source.dtype())
            )));
        }
        if !same_rest {
            return Err(runtime(format!(
                "source tensor shape must match self tensor shape, excluding the specified dimension. Got self.shape = {} source.shape = {}",
                dims_list(&x.t.shape),
                dims_list(&source.t.shape)
            )));
        }
        if n != src_dim {
            return Err(runtime(format!(
                "index_add_(): Number of indices ({n}) should be equal to source.size(dim): ({src_dim}), for dim: {dim}"
            )));
        }
        index_values(index, false, |_| {
            runtime("index_add_(): Expected dtype int32/int64 for index")
        })?;
        return vector_index(index, size, false, |i| {
            runtime(format!(
                "index {i} is out of bounds for dimension {dim} with size {size}"
            ))
        });
    }
    if n != src_dim {
        return Err(index_err(format!(
            "index_copy_(): Number of indices ({n}) should be equal to source.size(dim) ({src_dim})"
        )));
    }
    if !same_rest {
        // PyTorch compares the slices (the shapes without `dim`) and names the first dim that differs.
        let slice = |s: &[usize]| -> Vec<usize> {
            s.iter()
                .enumerate()
                .filter(|(d, _)| *d != dim)
                .map(|(_, &n)| n)
                .collect()
        };
        let (dst, src) = (slice(&x.t.shape), slice(&source.t.shape));
        let j = (0..dst.len().max(src.len()))
            .find(|&j| dst.get(j) != src.get(j))
            .unwrap_or(0);
        return Err(runtime(format!(
            "index_copy_(): Source/destination tensor must have same slice shapes. Destination slice shape: {} at dimension {j} and source slice shape: {} at dimension {j}.",
            dst.get(j).copied().unwrap_or(1),
            src.get(j).copied().unwrap_or(1)
        )));
    }
    index_values(index, true, |d| {
        runtime(format!(
            "index_copy_(): Expected a long tensor for index, but got {}",
            torch_type_word(d)
        ))
    })?;
    vector_index(index, size, false, |i| {
        index_err(format!(
            "index_copy_(): index {i} is out of bounds for dimension {dim} with size {size}"
        ))
    })
}

fn index_add(me: &mut Interp, x: &Var, a: &[Value]) -> Res<Var> {
    let _ = me;
    let dim = wrap_dim(args::int(&a[1], "dim")?, x.t.ndim())?;
    let index = tensor_arg(&a[2], "index_add", "index", 2)?;
    let source = tensor_arg(&a[3], "index_add", "source", 3)?;
    let vals = index_source("index_add_", x, dim, &index, &source)?;
    let source = match &a[4] {
        Value::Int(1) => source,
        alpha => aops::mul_scalar(&source, args::float(alpha)?).map_err(grad_error)?,
    };
    let pos = slice_positions(&x.t.shape, dim, &vals);
    iops::put(
        x,
        &pos,
        &source,
        Combine::Reduce(BinaryOp::Add, true),
        "IndexAddBackward0",
    )
    .map_err(grad_error)
}

fn index_copy(me: &mut Interp, x: &Var, a: &[Value]) -> Res<Var> {
    let _ = me;
    let dim = wrap_dim(args::int(&a[1], "dim")?, x.t.ndim())?;
    let index = tensor_arg(&a[2], "index_copy", "index", 2)?;
    let source = tensor_arg(&a[3], "index_copy", "source", 3)?;
    let vals = index_source("index_copy_", x, dim, &index, &source)?;
    let pos = slice_positions(&x.t.shape, dim, &vals);
    iops::put(x, &pos, &source, Combine::Write, "IndexCopyBackward0").map_err(grad_error)
}

/// A fill value: a number, or a 0-d tensor (`op` names the op in PyTorch's message). Returns it in `dtype`
/// and whether it was a tensor.
fn fill_value(op: &str, v: &Value, dtype: DType) -> Res<(Var, bool)> {
    if let Some(t) = as_var(v) {
        if t.t.ndim() != 0 {
            return Err(runtime(format!(
                "{op} only supports a 0-dimensional value tensor, but got tensor with {} dimension(s).",
                t.t.ndim()
            )));
        }
        return Ok((aops::cast(&t, dtype).map_err(grad_error)?, true));
    }
    match operand(v) {
        Some(o) => Ok((Var::constant(o.var().t.cast(dtype)), false)),
        None => Err(type_error(format!(
            "{}(): argument 'value' must be Number, not {}",
            op.trim_end_matches('_'),
            v.type_name()
        ))),
    }
}

fn index_fill(me: &mut Interp, x: &Var, a: &[Value]) -> Res<Var> {
    let _ = me;
    let dim = wrap_dim(args::int(&a[1], "dim")?, x.t.ndim())?;
    let index = tensor_arg(&a[2], "index_fill", "index", 2)?;
    index_values(&index, true, |_| {
        index_err("index_fill_(): Expected dtype int64 for index.")
    })?;
    if index.t.ndim() > 1 {
        return Err(runtime("Index has to be a vector/scalar"));
    }
    let (value, is_tensor) = fill_value("index_fill_", &a[3], x.dtype())?;
    let size = at_least_1d(&x.t.shape)[dim];
    let vals = vector_index(&index, size, true, |i| {
        index_err(format!(
            "index {i} is out of bounds for dimension {dim} with size {size}"
        ))
    })?;
    let pos = slice_positions(&x.t.shape, dim, &vals);
    let name = if is_tensor {
        "IndexFillBackward1"
    } else {
        "IndexFillBackward0"
    };
    iops::put(x, &pos, &value, Combine::Write, name).map_err(grad_error)
}

/// `x.index_put_(indices, values, accumulate=False)`: `x[indices] = values` (or `+=`, repeats accumulating).
fn index_put(me: &mut Interp, x: &Var, a: &[Value]) -> Res<Var> {
    let items = match &a[1] {
        Value::Tuple(t) => t.to_vec(),
        Value::List(l) => l.borrow().clone(),
        other => {
            return Err(type_error(format!(
                "index_put_(): argument 'indices' (position 1) must be tuple of Tensors, not {}",
                me.class_of(other).tp_name()
            )))
        }
    };
    for it in &items {
        if let Some(t) = as_var(it) {
            let d = t.dtype();
            if !(d.is_int() || d == DType::Bool) {
                return Err(index_err(
                    "tensors used as indices must be long, int, byte or bool tensors",
                ));
            }
        }
    }
    let pos = super::shape::positions(me, x, &Value::tuple(items))?;
    let values = tensor_arg(&a[2], "index_put_", "values", 2)?;
    if values.t.broadcast_to(&pos.shape).is_err() {
        return Err(runtime(format!(
            "shape mismatch: value tensor of shape {} cannot be broadcast to indexing result of shape {}",
            dims_list(&values.t.shape),
            dims_list(&pos.shape)
        )));
    }
    let values = aops::cast(&values, x.dtype()).map_err(grad_error)?;
    let how = if me.truthy(&a[3])? {
        Combine::Reduce(BinaryOp::Add, true)
    } else {
        Combine::Write
    };
    iops::put(x, &pos, &values, how, "IndexPutBackward0").map_err(grad_error)
}

/// A bool mask that broadcasts to `shape`, as the flat positions where it holds (`op` names the op in
/// PyTorch's message about other dtypes).
fn mask_positions(
    op: &str,
    mask: &Value,
    shape: &[usize],
    word: fn(DType) -> &'static str,
) -> Res<Tensor> {
    let Some(m) = as_var(mask) else {
        return Err(type_error(format!(
            "{}(): argument 'mask' (position 1) must be Tensor, not {}",
            op.trim_end_matches('_'),
            mask.type_name()
        )));
    };
    if m.dtype() != DType::Bool {
        return Err(runtime(format!(
            "{op} only supports boolean masks, but got mask with dtype {}",
            word(m.dtype())
        )));
    }
    let full =
        crate::tensor::broadcast_shapes(&m.t.shape, shape).map_err(|e| grad_error(e.into()))?;
    if full != shape {
        return Err(runtime(format!(
            "output with shape {} doesn't match the broadcast shape {}",
            dims_list(shape),
            dims_list(&full)
        )));
    }
    let bits =
        m.t.broadcast_to(shape)
            .map_err(tensor_error)?
            .to_vec::<bool>();
    let pos: Vec<i64> = bits
        .iter()
        .enumerate()
        .filter(|(_, b)| **b)
        .map(|(i, _)| i as i64)
        .collect();
    let n = pos.len();
    Ok(Tensor::from_vec(pos, vec![n]))
}

/// `x` broadcast with `mask` for the out-of-place masked ops (their result takes the joint shape).
fn expand_with_mask(x: &Var, mask: &Value) -> Res<Var> {
    let Some(m) = as_var(mask) else {
        return Ok(x.clone());
    };
    let full = crate::tensor::broadcast_shapes(&m.t.shape, &x.t.shape)
        .map_err(|e| grad_error(e.into()))?;
    if full == x.t.shape {
        return Ok(x.clone());
    }
    aops::expand(x, &full).map_err(grad_error)
}

fn masked_fill(me: &mut Interp, x: &Var, a: &[Value]) -> Res<Var> {
    let _ = me;
    let pos = mask_positions("masked_fill_", &a[1], &x.t.shape, long_word)?;
    let (value, is_tensor) = fill_value("masked_fill_", &a[2], x.dtype())?;
    let name = if is_tensor {
        "MaskedFillBackward1"
    } else {
        "MaskedFillBackward0"
    };
    iops::put(x, &pos, &value, Combine::Write, name).map_err(grad_error)
}

fn masked_scatter(me: &mut Interp, x: &Var, a: &[Value]) -> Res<Var> {
    let _ = me;
    let pos = mask_positions("masked_scatter_", &a[1], &x.t.shape, torch_type_word)?;
    let source = tensor_arg(&a[2], "masked_scatter", "source", 2)?;
    let n = pos.numel();
    if source.t.numel() < n {
        return Err(runtime(
            "Number of elements of source < number of ones in mask",
        ));
    }
    let flat = aops::reshape(&source, &[source.t.numel()])
        .or_else(|_| aops::clone(&source).and_then(|c| aops::reshape(&c, &[source.t.numel()])))
        .and_then(|f| aops::slice(&f, 0, 0, 1, n))
        .and_then(|f| aops::cast(&f, x.dtype()))
        .map_err(grad_error)?;
    iops::put(x, &pos, &flat, Combine::Write, "MaskedScatterBackward0").map_err(grad_error)
}

fn masked_select(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = this(&a[0])?;
    let Some(m) = as_var(&a[1]) else {
        return Err(type_error(format!(
            "masked_select(): argument 'mask' (position 1) must be Tensor, not {}",
            a[1].type_name()
        )));
    };
    if m.dtype() != DType::Bool {
        return Err(runtime("masked_select: expected BoolTensor for mask"));
    }
    let full = crate::tensor::broadcast_shapes(&x.t.shape, &m.t.shape)
        .map_err(|e| grad_error(e.into()))?;
    let bits =
        m.t.broadcast_to(&full)
            .map_err(tensor_error)?
            .to_vec::<bool>();
    // Positions of the broadcast input's elements in `x`, kept where the mask holds.
    let lead = full.len() - x.t.ndim();
    let padded: Vec<usize> = std::iter::repeat_n(1, lead)
        .chain(x.t.shape.iter().copied())
        .collect();
    let every = positions_along(&padded, usize::MAX, &full, |_, _| 0).to_vec::<i64>();
    let pos: Vec<i64> = every
        .iter()
        .zip(&bits)
        .filter(|(_, b)| **b)
        .map(|(p, _)| *p)
        .collect();
    let n = pos.len();
    let pos = Tensor::from_vec(pos, vec![n]);
    wrap(
        me,
        aops::take_named(&x, &pos, "MaskedSelectBackward0").map_err(grad_error)?,
    )
}

/// `torch.take(x, index)`: elements of the flattened `x` (negative indices count from the end).
fn take(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = this(&a[0])?;
    let index = tensor_arg(&a[1], "take", "index", 1)?;
    index_values(&index, true, |d| {
        runtime(format!(
            "take(): Expected a long tensor for index, but got {}",
            torch_type_word(d)
        ))
    })?;
    let n = x.t.numel();
    let vals = vector_index(&index, n, true, |i| {
        index_err(format!(
            "out of range: tried to access index {i} on a tensor of {n} elements."
        ))
    })?;
    let pos = Tensor::from_vec(vals, index.t.shape.clone());
    wrap(
        me,
        aops::take_named(&x, &pos, "TakeBackward0").map_err(grad_error)?,
    )
}

/// `x.take_along_dim(indices, dim)`: gather with `x` and `indices` broadcast against each other apart from
/// `dim`; without a dim, along the flattened input.
fn take_along_dim(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = this(&a[0])?;
    let index = tensor_arg(&a[1], "take_along_dim", "indices", 1)?;
    let vals = index_values(&index, false, |_| {
        runtime("torch.take_along_dim(): dtype of indices should be Long but got Float")
    })?;
    let (shape, dim, ishape) = match &a[2] {
        Value::None => (vec![x.t.numel()], 0, vec![index.t.numel()]),
        d => {
            if x.t.ndim() != index.t.ndim() {
                return Err(runtime(format!(
                    "torch.take_along_dim(): input and indices should have the same number of dimensions, but got {} dimensions for input, and {} dimensions for indices",
                    x.t.ndim(),
                    index.t.ndim()
                )));
            }
            let dim = wrap_dim(args::int(d, "dim")?, x.t.ndim())?;
            (at_least_1d(&x.t.shape), dim, at_least_1d(&index.t.shape))
        }
    };
    // The joint shape apart from `dim`, with PyTorch's broadcast message.
    let mut out_shape = ishape.clone();
    for d in 0..shape.len() {
        if d == dim {
            continue;
        }
        match (shape[d], ishape[d]) {
            (p, q) if p == q || q == 1 => out_shape[d] = p,
            (1, q) => out_shape[d] = q,
            (p, q) => {
                return Err(runtime(format!(
                    "The size of tensor a ({p}) must match the size of tensor b ({q}) at non-singleton dimension {d}"
                )))
            }
        }
    }
    check_bounds(&vals, shape[dim], dim)?;
    let istrides = crate::tensor::contiguous_strides(&ishape);
    let pos = positions_along(&shape, dim, &out_shape, |_, c| {
        // The index broadcasts too: its own coordinate, 0 along its length-1 dims.
        let k: isize = c
            .iter()
            .enumerate()
            .map(|(d, &ci)| {
                if ishape[d] == 1 {
                    0
                } else {
                    ci as isize * istrides[d]
                }
            })
            .sum();
        vals[k as usize]
    });
    let src = if matches!(a[2], Value::None) {
        aops::reshape(&x, &shape)
            .or_else(|_| aops::clone(&x).and_then(|c| aops::reshape(&c, &shape)))
    } else {
        Ok(x)
    }
    .map_err(grad_error)?;
    wrap(
        me,
        aops::take_named(&src, &pos, "GatherBackward0").map_err(grad_error)?,
    )
}

/// PyTorch's lower-case dtype word in some messages (`float` for float32, `long` for int64).
fn long_word(d: DType) -> &'static str {
    match d {
        DType::F32 => "float",
        DType::F64 => "double",
        DType::F16 => "half",
        DType::I64 => "long int",
        DType::I32 => "int",
        DType::U8 => "unsigned char",
        other => dtype_name(other),
    }
}

/// `x.bincount` / `torch.bincount(x, weights=None, minlength=0)`.
fn bincount(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = this(&a[0])?;
    if !x.dtype().is_int() {
        return Err(Exc::new(
            ExcType::NotImplementedError,
            format!(
                "\"bincount_cpu\" not implemented for '{}'",
                torch_type_word(x.dtype())
            ),
        ));
    }
    let vals = x.t.cast(DType::I64).to_vec::<i64>();
    if x.t.ndim() != 1 || vals.iter().any(|&v| v < 0) {
        return Err(runtime(
            "bincount only supports 1-d non-negative integral inputs.",
        ));
    }
    let minlength = args::int(&a[2], "minlength")?;
    if minlength < 0 {
        return Err(runtime("minlength should be >= 0"));
    }
    let n = (vals.iter().max().map_or(0, |m| m + 1)).max(minlength) as usize;
    let pos = Tensor::from_vec(vals, x.t.shape.clone());
    let (src, dtype) = match as_var(&a[1]) {
        Some(w) => {
            if w.t.shape != x.t.shape {
                return Err(runtime(
                    "weights should be 1-d and have the same length as input",
                ));
            }
            let d = if w.dtype() == DType::F32 {
                DType::F32
            } else {
                DType::F64
            };
            (w.t.cast(d), d)
        }
        None => (
            Tensor::from_vec(vec![1i64; x.t.numel()], x.t.shape.clone()),
            DType::I64,
        ),
    };
    let out = iops::put(
        &Var::constant(Tensor::zeros(dtype, vec![n])),
        &pos,
        &Var::constant(src),
        Combine::Reduce(BinaryOp::Add, true),
        "IndexPutBackward0",
    )
    .map_err(grad_error)?;
    wrap(me, out)
}

/// An out-of-place write op's result for `x.op(...)`.
fn out_of_place(
    me: &mut Interp,
    a: &[Value],
    f: fn(&mut Interp, &Var, &[Value]) -> Res<Var>,
) -> Res<Value> {
    let x = this(&a[0])?;
    let r = f(me, &x, a)?;
    wrap(me, r)
}

/// The in-place form `x.op_(...)`: computed out of place, then written into `x` (PyTorch's checks first).
fn in_place(
    me: &mut Interp,
    a: &[Value],
    f: fn(&mut Interp, &Var, &[Value]) -> Res<Var>,
) -> Res<Value> {
    let x = this(&a[0])?;
    check_inplace(&x)?;
    let r = f(me, &x, a)?;
    commit_inplace(&a[0], &x, &r)
}

/// The masked ops' out-of-place forms broadcast `x` with the mask first.
fn masked_out_of_place(
    me: &mut Interp,
    a: &[Value],
    f: fn(&mut Interp, &Var, &[Value]) -> Res<Var>,
) -> Res<Value> {
    let x = expand_with_mask(&this(&a[0])?, &a[1])?;
    let r = f(me, &x, a)?;
    wrap(me, r)
}

/// `x.copy_(src)`: `src` broadcast to `x`'s shape and converted to its dtype, written in place.
pub(super) fn copy_(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = this(&a[0])?;
    check_inplace(&x)?;
    let Some(src) = operand(&a[1]) else {
        return Err(type_error(format!(
            "copy_(): argument 'src' (position 1) must be Tensor, not {}",
            a[1].type_name()
        )));
    };
    let _ = me;
    let s = &src.var().t.shape;
    if crate::tensor::broadcast_shapes(&x.t.shape, s)
        .ok()
        .as_deref()
        != Some(&x.t.shape[..])
    {
        return Err(grad_error(
            crate::tensor::error::TensorError::Broadcast(vec![x.t.shape.clone(), s.clone()]).into(),
        ));
    }
    let r = iops::copy_from(&x, src.var()).map_err(grad_error)?;
    commit_inplace(&a[0], &x, &r)
}

/// Methods of `torch.Tensor` defined here.
pub const INDEX_METHODS: &[Def] = &[
    Def { name: "gather", sig: "self, dim, index, *, sparse_grad=False", doc: "Values along dim at the index: out[i][j] = self[i][index[i][j]] for dim 1.\n\n>>> torch.tensor([[1, 2], [3, 4]]).gather(1, torch.tensor([[1], [0]]))\ntensor([[2],\n        [3]])", func: |me, a| gather(me, &a) },
    Def { name: "scatter", sig: "self, dim, index, src=None, value=None, *, reduce=None", doc: "A copy with src's values written along dim at the index.\n\n>>> torch.zeros(3).scatter(0, torch.tensor([2]), 1.0)\ntensor([0., 0., 1.])", func: |me, a| out_of_place(me, &a, scatter) },
    Def { name: "scatter_", sig: "self, dim, index, src=None, value=None, *, reduce=None", doc: "scatter in place.\n\n>>> torch.zeros(3).scatter_(0, torch.tensor([0]), 5.0)\ntensor([5., 0., 0.])", func: |me, a| in_place(me, &a, scatter) },
    Def { name: "scatter_add", sig: "self, dim, index, src", doc: "A copy with src's values added along dim at the index (repeats accumulate).\n\n>>> torch.zeros(2).scatter_add(0, torch.tensor([0, 0]), torch.ones(2))\ntensor([2., 0.])", func: |me, a| out_of_place(me, &a, scatter_add) },
    Def { name: "scatter_add_", sig: "self, dim, index, src", doc: "scatter_add in place.\n\n>>> torch.zeros(2).scatter_add_(0, torch.tensor([1]), torch.ones(1))\ntensor([0., 1.])", func: |me, a| in_place(me, &a, scatter_add) },
    Def { name: "scatter_reduce", sig: "self, dim, index, src, reduce, *, include_self=True", doc: "A copy with src's values folded in along dim at the index by sum, prod, mean, amax or amin.\n\n>>> torch.zeros(2).scatter_reduce(0, torch.tensor([0, 0]), torch.tensor([1.0, 3.0]), 'amax')\ntensor([3., 0.])", func: |me, a| out_of_place(me, &a, scatter_reduce) },
    Def { name: "scatter_reduce_", sig: "self, dim, index, src, reduce, *, include_self=True", doc: "scatter_reduce in place.\n\n>>> torch.ones(2).scatter_reduce_(0, torch.tensor([1]), torch.tensor([3.0]), 'prod')\ntensor([1., 3.])", func: |me, a| in_place(me, &a, scatter_reduce) },
    Def { name: "index_select", sig: "self, dim, index", doc: "The slices along dim at a vector of indices.\n\n>>> torch.arange(4).index_select(0, torch.tensor([3, 0]))\ntensor([3, 0])", func: |me, a| index_select(me, &a) },
    Def { name: "index_add", sig: "self, dim, index, source, *, alpha=1", doc: "A copy with source's slices added at the index along dim.\n\n>>> torch.zeros(3).index_add(0, torch.tensor([0, 0]), torch.ones(2))\ntensor([2., 0., 0.])", func: |me, a| out_of_place(me, &a, index_add) },
    Def { name: "index_add_", sig: "self, dim, index, source, *, alpha=1", doc: "index_add in place.\n\n>>> torch.zeros(2).index_add_(0, torch.tensor([1]), torch.ones(1))\ntensor([0., 1.])", func: |me, a| in_place(me, &a, index_add) },
    Def { name: "index_copy", sig: "self, dim, index, source", doc: "A copy with source's slices written at the index along dim.\n\n>>> torch.zeros(3).index_copy(0, torch.tensor([2]), torch.ones(1))\ntensor([0., 0., 1.])", func: |me, a| out_of_place(me, &a, index_copy) },
    Def { name: "index_copy_", sig: "self, dim, index, source", doc: "index_copy in place.\n\n>>> torch.zeros(2).index_copy_(0, torch.tensor([0]), torch.ones(1))\ntensor([1., 0.])", func: |me, a| in_place(me, &a, index_copy) },
    Def { name: "index_fill", sig: "self, dim, index, value", doc: "A copy with the slices at the index along dim set to value.\n\n>>> torch.zeros(3).index_fill(0, torch.tensor([1]), 7)\ntensor([0., 7., 0.])", func: |me, a| out_of_place(me, &a, index_fill) },
    Def { name: "index_fill_", sig: "self, dim, index, value", doc: "index_fill in place.\n\n>>> torch.zeros(2).index_fill_(0, torch.tensor([0]), 1)\ntensor([1., 0.])", func: |me, a| in_place(me, &a, index_fill) },
    Def { name: "index_put", sig: "self, indices, values, accumulate=False", doc: "A copy with self[indices] = values (or += when accumulating).\n\n>>> torch.zeros(3).index_put((torch.tensor([0, 0]),), torch.tensor(1.0), accumulate=True)\ntensor([2., 0., 0.])", func: |me, a| out_of_place(me, &a, index_put) },
    Def { name: "index_put_", sig: "self, indices, values, accumulate=False", doc: "index_put in place.\n\n>>> torch.zeros(2).index_put_((torch.tensor([1]),), torch.tensor(3.0))\ntensor([0., 3.])", func: |me, a| in_place(me, &a, index_put) },
    Def { name: "masked_fill", sig: "self, mask, value", doc: "value where mask is True, else self.\n\n>>> torch.tensor([1, 2]).masked_fill(torch.tensor([True, False]), 0)\ntensor([0, 2])", func: |me, a| masked_out_of_place(me, &a, masked_fill) },
    Def { name: "masked_fill_", sig: "self, mask, value", doc: "masked_fill in place.\n\n>>> torch.tensor([1, 2]).masked_fill_(torch.tensor([False, True]), 0)\ntensor([1, 0])", func: |me, a| in_place(me, &a, masked_fill) },
    Def { name: "masked_scatter", sig: "self, mask, source", doc: "A copy with source's leading elements written, in order, where mask is True.\n\n>>> torch.zeros(3).masked_scatter(torch.tensor([True, False, True]), torch.tensor([1.0, 2.0]))\ntensor([1., 0., 2.])", func: |me, a| masked_out_of_place(me, &a, masked_scatter) },
    Def { name: "masked_scatter_", sig: "self, mask, source", doc: "masked_scatter in place.\n\n>>> torch.zeros(2).masked_scatter_(torch.tensor([False, True]), torch.tensor([5.0]))\ntensor([0., 5.])", func: |me, a| in_place(me, &a, masked_scatter) },
    Def { name: "masked_select", sig: "self, mask", doc: "The elements where mask is True, as a 1-d tensor.\n\n>>> torch.tensor([1, 2, 3]).masked_select(torch.tensor([True, False, True]))\ntensor([1, 3])", func: |me, a| masked_select(me, &a) },
    Def { name: "take", sig: "self, index", doc: "Elements of the flattened tensor at the index.\n\n>>> torch.tensor([[1, 2], [3, 4]]).take(torch.tensor([0, 3]))\ntensor([1, 4])", func: |me, a| take(me, &a) },
    Def { name: "take_along_dim", sig: "self, indices, dim=None", doc: "Values along dim at the indices, broadcasting the two apart from dim.\n\n>>> torch.tensor([[1, 2], [3, 4]]).take_along_dim(torch.tensor([[1], [0]]), 1)\ntensor([[2],\n        [3]])", func: |me, a| take_along_dim(me, &a) },
    Def { name: "bincount", sig: "self, weights=None, minlength=0", doc: "How many times each non-negative integer occurs (or the sum of its weights).\n\n>>> torch.tensor([0, 1, 1, 3]).bincount()\ntensor([1, 2, 0, 1])", func: |me, a| bincount(me, &a) },
    Def { name: "copy_", sig: "self, src, non_blocking=False", doc: "Copy src's values (broadcast, converted) into this tensor.\n\n>>> torch.zeros(2).copy_(torch.tensor([1, 2]))\ntensor([1., 2.])", func: |me, a| copy_(me, &a) },
];

/// Names of `torch` that call the Tensor method of the same name (see `more::method_functions`).
pub const INDEX_FUNCTIONS: &[&str] = &[
    "gather",
    "scatter",
    "scatter_add",
    "scatter_reduce",
    "index_select",
    "index_add",
    "index_copy",
    "index_fill",
    "index_put",
    "index_put_",
    "masked_select",
    "masked_scatter",
    "take",
    "take_along_dim",
    "bincount",
];
