//! Shapes, reductions and basic indexing of `torch.Tensor`: dims with PyTorch's wrapping and errors, view and
//! reshape (view refuses to copy), squeeze/permute/expand/flatten, sum/mean/argmax, and `t[...]` through
//! differentiable views.

use super::tensor::{operand, torch_type_word};
use super::*;
use crate::autograd::ops as aops;
use crate::autograd::rules::SqueezeName;
use crate::interp::exceptions::value_error;
use crate::library::args;

// ------------------------------------------------------------------ dims and shapes

pub(super) fn wrap_dim(d: i64, ndim: usize) -> Res<usize> {
    let n = ndim.max(1) as i64;
    if d < -n || d >= n {
        return Err(Exc::new(
            ExcType::IndexError,
            format!(
                "Dimension out of range (expected to be in range of [{}, {}], but got {d})",
                -n,
                n - 1
            ),
        ));
    }
    Ok(if d < 0 { (d + n) as usize } else { d as usize })
}

/// `dim=` of a reduction: None (all), an int, or a sequence of ints.
pub(super) fn dims_arg(me: &mut Interp, v: &Value, ndim: usize) -> Res<Option<Vec<usize>>> {
    match v {
        Value::None => Ok(None),
        Value::Int(d) => Ok(Some(vec![wrap_dim(*d, ndim)?])),
        other => {
            let mut dims: Vec<usize> = me
                .collect(other)?
                .iter()
                .map(|d| wrap_dim(args::int(d, "dim")?, ndim))
                .collect::<Res<_>>()?;
            dims.sort_unstable();
            if let Some(w) = dims.windows(2).find(|w| w[0] == w[1]) {
                return Err(Exc::new(
                    ExcType::RuntimeError,
                    format!("dim {} appears multiple times in the list of dims", w[0]),
                ));
            }
            Ok(Some(dims))
        }
    }
}

/// A reshape target with at most one -1 (`view(2, -1)`).
pub(super) fn shape_spec(me: &mut Interp, a: &Value, numel: usize) -> Res<Vec<usize>> {
    let items = me.collect(a)?;
    let items = match items.as_slice() {
        [one] if !matches!(one, Value::Int(_)) => me.collect(one)?,
        _ => items,
    };
    let spec: Vec<i64> = items
        .iter()
        .map(|d| args::int(d, "shape"))
        .collect::<Res<_>>()?;
    let known: i64 = spec.iter().filter(|d| **d >= 0).product();
    let unknown = spec.iter().filter(|d| **d < 0).count();
    let bad = || {
        let s = spec
            .iter()
            .map(|d| d.to_string())
            .collect::<Vec<_>>()
            .join(", ");
        Exc::new(
            ExcType::RuntimeError,
            format!("shape '[{s}]' is invalid for input of size {numel}"),
        )
    };
    if unknown > 1 {
        return Err(Exc::new(
            ExcType::RuntimeError,
            "only one dimension can be inferred",
        ));
    }
    let shape: Vec<usize> = spec
        .iter()
        .map(|&d| {
            if d >= 0 {
                Ok(d as usize)
            } else if known == 0 || numel as i64 % known != 0 {
                Err(bad())
            } else {
                Ok((numel as i64 / known) as usize)
            }
        })
        .collect::<Res<_>>()?;
    if shape.iter().product::<usize>() != numel {
        return Err(bad());
    }
    Ok(shape)
}

pub(super) fn view(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let v = this(&a[0])?;
    let shape = shape_spec(me, &a[1], v.t.numel())?;
    let spec: Vec<isize> = shape.iter().map(|&d| d as isize).collect();
    // `view` never copies: PyTorch refuses when the strides do not allow it.
    let as_view = v.t.reshape(&spec).map_err(tensor_error)?;
    if !as_view.shares_storage(&v.t) && v.t.numel() > 1 {
        return Err(Exc::new(
            ExcType::RuntimeError,
            "view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.",
        ));
    }
    wrap_view(me, &a[0], aops::reshape(&v, &shape).map_err(grad_error)?)
}

pub(super) fn reshape(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let v = this(&a[0])?;
    let shape = shape_spec(me, &a[1], v.t.numel())?;
    let spec: Vec<isize> = shape.iter().map(|&d| d as isize).collect();
    let as_view = v.t.reshape(&spec).map_err(tensor_error)?;
    let out = if as_view.shares_storage(&v.t) || v.t.numel() <= 1 {
        aops::reshape(&v, &shape)
    } else {
        // A copy: PyTorch clones then views (its node is UnsafeViewBackward0 over CloneBackward0).
        aops::clone(&v).and_then(|c| aops::reshape_named(&c, &shape, "UnsafeViewBackward0"))
    };
    wrap_view(me, &a[0], out.map_err(grad_error)?)
}

pub(super) fn squeeze(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let v = this(&a[0])?;
    let nd = v.t.ndim();
    let (dims, name) = match &a[1] {
        Value::None => ((0..nd).collect::<Vec<_>>(), SqueezeName::All),
        Value::Int(d) => (vec![wrap_dim(*d, nd)?], SqueezeName::Dim),
        other => (
            dims_arg(me, other, nd)?.unwrap_or_default(),
            SqueezeName::Dims,
        ),
    };
    wrap_view(
        me,
        &a[0],
        aops::squeeze(&v, &dims, name).map_err(grad_error)?,
    )
}

pub(super) fn permute(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let v = this(&a[0])?;
    let items = me.collect(&a[1])?;
    let items = match items.as_slice() {
        [one] if !matches!(one, Value::Int(_)) => me.collect(one)?,
        _ => items,
    };
    let nd = v.t.ndim();
    let perm: Vec<usize> = items
        .iter()
        .map(|d| wrap_dim(args::int(d, "dims")?, nd))
        .collect::<Res<_>>()?;
    if perm.len() != nd {
        return Err(Exc::new(
            ExcType::RuntimeError,
            format!(
                "permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = {nd} is not equal to len(dims) = {}",
                perm.len()
            ),
        ));
    }
    wrap_view(me, &a[0], aops::permute(&v, &perm).map_err(grad_error)?)
}

pub(super) fn expand(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let v = this(&a[0])?;
    let items = me.collect(&a[1])?;
    let items = match items.as_slice() {
        [one] if !matches!(one, Value::Int(_)) => me.collect(one)?,
        _ => items,
    };
    let want: Vec<i64> = items
        .iter()
        .map(|d| args::int(d, "size"))
        .collect::<Res<_>>()?;
    if want.len() < v.t.ndim() {
        let dims = |s: &[String]| s.join(", ");
        let have: Vec<String> = v.t.shape.iter().map(|d| d.to_string()).collect();
        let asked: Vec<String> = want.iter().map(|d| d.to_string()).collect();
        return Err(Exc::new(
            ExcType::RuntimeError,
            format!(
                "expand(torch.{}Tensor{{[{}]}}, size=[{}]): the number of sizes provided ({}) must be greater or equal to the number of dimensions in the tensor ({})",
                torch_type_word(v.dtype()),
                dims(&have),
                dims(&asked),
                want.len(),
                v.t.ndim()
            ),
        ));
    }
    let lead = want.len().saturating_sub(v.t.ndim());
    let shape: Vec<usize> = want
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            if d < 0 && i >= lead {
                v.t.shape[i - lead]
            } else {
                d.max(0) as usize
            }
        })
        .collect();
    let out = aops::expand(&v, &shape).map_err(|_| {
        Exc::new(
            ExcType::RuntimeError,
            format!(
                "The expanded size of the tensor ({}) must match the existing size ({}) at non-singleton dimension {}.  Target sizes: [{}].  Tensor sizes: [{}]",
                shape.last().copied().unwrap_or(0),
                v.t.shape.last().copied().unwrap_or(0),
                shape.len().saturating_sub(1),
                want.iter().map(|d| d.to_string()).collect::<Vec<_>>().join(", "),
                v.t.shape.iter().map(|d| d.to_string()).collect::<Vec<_>>().join(", ")
            ),
        )
    })?;
    wrap_view(me, &a[0], out)
}

pub(super) fn flatten(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let v = this(&a[0])?;
    let nd = v.t.ndim();
    if nd == 0 {
        return wrap_view(me, &a[0], aops::reshape(&v, &[1]).map_err(grad_error)?);
    }
    let s = wrap_dim(args::int(&a[1], "start_dim")?, nd)?;
    let e = wrap_dim(args::int(&a[2], "end_dim")?, nd)?;
    if s > e {
        return Err(Exc::new(
            ExcType::RuntimeError,
            "flatten() has invalid args: start_dim cannot come after end_dim",
        ));
    }
    if s == e {
        return Ok(a[0].clone());
    }
    let mut shape: Vec<usize> = v.t.shape[..s].to_vec();
    shape.push(v.t.shape[s..=e].iter().product());
    shape.extend_from_slice(&v.t.shape[e + 1..]);
    reshape(
        me,
        &[
            a[0].clone(),
            Value::tuple(shape.iter().map(|&d| Value::Int(d as i64)).collect()),
        ],
    )
}

// ------------------------------------------------------------------ reductions

pub(super) fn sum(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let v = this(&a[0])?;
    let dims = dims_arg(me, &a[1], v.t.ndim())?;
    let keep = me.truthy(&a[2])?;
    let d = match dtype_arg(me, &a[3])? {
        Some(d) => d,
        None if v.dtype().is_int() || v.dtype() == DType::Bool => DType::I64,
        None => v.dtype(),
    };
    wrap(
        me,
        aops::sum(&v, dims.as_deref(), keep, d).map_err(grad_error)?,
    )
}

pub(super) fn mean(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let v = super::reductions::floating(me, &this(&a[0])?, &a[3], |d| {
        format!(
            "mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: {}",
            torch_type_word(d)
        )
    })?;
    let dims = dims_arg(me, &a[1], v.t.ndim())?;
    let keep = me.truthy(&a[2])?;
    wrap(
        me,
        aops::mean(&v, dims.as_deref(), keep).map_err(grad_error)?,
    )
}

pub(super) fn arg_extreme(
    me: &mut Interp,
    a: &[Value],
    op: crate::tensor::reduce::ReduceOp,
) -> Res<Value> {
    let v = this(&a[0])?;
    let keep = me.truthy(&a[2])?;
    let name = if op == crate::tensor::reduce::ReduceOp::ArgMax {
        "argmax"
    } else {
        "argmin"
    };
    let empty = |what: String| {
        Exc::new(
            ExcType::IndexError,
            format!("{name}(): Expected reduction dim {what}"),
        )
    };
    let t = match &a[1] {
        Value::None if v.t.numel() == 0 => {
            return Err(empty("to be specified for input.numel() == 0.".into()))
        }
        Value::None => {
            let flat = v.t.reshape(&[-1]).map_err(tensor_error)?;
            crate::tensor::reduce::reduce(op, &flat, &[0], false)
        }
        d => {
            let dim = wrap_dim(args::int(d, "dim")?, v.t.ndim())?;
            if v.t.shape.get(dim) == Some(&0) {
                return Err(empty(format!("{dim} to have non-zero size.")));
            }
            crate::tensor::reduce::reduce(op, &v.t, &[dim], keep)
        }
    }
    .map_err(tensor_error)?;
    wrap(me, Var::constant(t.cast(DType::I64)))
}

// ------------------------------------------------------------------ indexing

/// Basic indexing (ints, slices, None, Ellipsis) through differentiable views.
pub(super) fn getitem(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let v = this(&a[0])?;
    let items: Vec<Value> = match &a[1] {
        Value::Tuple(t) => t.to_vec(),
        other => vec![other.clone()],
    };
    let basic = |i: &Value| {
        matches!(
            i,
            Value::None | Value::Ellipsis | Value::Int(_) | Value::Bool(_) | Value::Slice(_)
        )
    };
    if !items.iter().all(basic) {
        let pos = positions(me, &v, &a[1])?;
        return wrap(me, aops::take(&v, &pos).map_err(grad_error)?);
    }
    let used = items
        .iter()
        .filter(|i| !matches!(i, Value::None | Value::Ellipsis))
        .count();
    let nd = v.t.ndim();
    if used > nd {
        return Err(Exc::new(
            ExcType::IndexError,
            format!("too many indices for tensor of dimension {nd}"),
        ));
    }
    let mut out = v;
    let mut dim = 0usize;
    for it in &items {
        match it {
            Value::None => {
                out = aops::unsqueeze(&out, dim).map_err(grad_error)?;
                dim += 1;
            }
            Value::Ellipsis => {
                let rest = items[items
                    .iter()
                    .position(|x| matches!(x, Value::Ellipsis))
                    .unwrap_or(0)
                    + 1..]
                    .iter()
                    .filter(|i| !matches!(i, Value::None | Value::Ellipsis))
                    .count();
                dim = out.t.ndim() - rest;
            }
            Value::Int(_) | Value::Bool(_) => {
                let i = args::int(it, "index")?;
                let size = out.t.shape[dim] as i64;
                if i < -size || i >= size {
                    return Err(Exc::new(
                        ExcType::IndexError,
                        format!("index {i} is out of bounds for dimension {dim} with size {size}"),
                    ));
                }
                let i = if i < 0 { i + size } else { i } as usize;
                out = aops::select(&out, dim, i).map_err(grad_error)?;
            }
            Value::Slice(s) => {
                let size = out.t.shape[dim] as i64;
                let opt = |v: &Value| -> Res<Option<i64>> {
                    match v {
                        Value::None => Ok(None),
                        v => args::int(v, "slice").map(Some),
                    }
                };
                let step = opt(&s[2])?.unwrap_or(1);
                if step <= 0 {
                    return Err(value_error("step must be greater than zero"));
                }
                let clamp = |x: i64| {
                    if x < 0 {
                        (x + size).max(0)
                    } else {
                        x.min(size)
                    }
                };
                let start = opt(&s[0])?.map_or(0, clamp);
                let stop = opt(&s[1])?.map_or(size, clamp);
                let n = if stop > start {
                    ((stop - start) + step - 1) / step
                } else {
                    0
                };
                out = aops::slice(&out, dim, start as usize, step as usize, n as usize)
                    .map_err(grad_error)?;
                dim += 1;
            }
            // Routed to `positions` above.
            _ => return Err(type_error("invalid index")),
        }
    }
    wrap_view(me, &a[0], out)
}

/// Advanced indexing (index tensors, lists, bool masks, mixed with basic indices) as flat positions: NumPy's
/// indexing, whose semantics PyTorch shares, applied to the positions `0..numel` laid out in `v`'s shape.
pub(super) fn positions(me: &mut Interp, v: &Var, index: &Value) -> Res<Tensor> {
    use crate::library::numpy::array::{as_array, wrap_array};
    let n = v.t.numel();
    let spec: Vec<isize> = v.t.shape.iter().map(|&d| d as isize).collect();
    let pos = Tensor::from_vec((0..n as i64).collect::<Vec<i64>>(), vec![n])
        .reshape(&spec)
        .map_err(tensor_error)?;
    let as_np = |me: &mut Interp, x: &Value| -> Res<Value> {
        match as_var(x) {
            Some(t) => wrap_array(me, t.t),
            None => Ok(x.clone()),
        }
    };
    let index = match index {
        Value::Tuple(items) => Value::tuple(
            items
                .iter()
                .map(|x| as_np(me, x))
                .collect::<Res<Vec<_>>>()?,
        ),
        x => as_np(me, x)?,
    };
    let arr = wrap_array(me, pos)?;
    let picked = me.getitem(&arr, index).map_err(|mut e| {
        // PyTorch says "dimension" where NumPy says "axis".
        if let crate::interp::exceptions::Payload::Builtin(_, args) = &mut e.payload {
            for a in args.iter_mut() {
                if let Value::Str(m) = a {
                    *a = Value::str(&m.replace("for axis", "for dimension"));
                }
            }
        }
        e
    })?;
    match as_array(&picked) {
        Some((t, _)) => Ok(t),
        None => Ok(Tensor::scalar(crate::library::args::int(&picked, "index")?)),
    }
}

/// Whether an index is basic (ints, slices, None, Ellipsis: a view) rather than advanced.
fn is_basic(index: &Value) -> bool {
    let items: &[Value] = match index {
        Value::Tuple(t) => t,
        other => std::slice::from_ref(other),
    };
    items.iter().all(|i| {
        matches!(
            i,
            Value::None | Value::Ellipsis | Value::Int(_) | Value::Bool(_) | Value::Slice(_)
        )
    })
}

pub(super) fn setitem(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = this(&a[0])?;
    let src_grad = as_var(&a[2]).is_some_and(|s| s.requires_grad());
    if crate::autograd::grad_enabled() && (x.requires_grad() || src_grad) {
        return recorded_setitem(me, &x, a);
    }
    let basic = is_basic(&a[1]);
    if !basic {
        let pos = positions(me, &x, &a[1])?;
        let Some(src) = operand(&a[2]) else {
            return Err(type_error("can't assign a non-number to a tensor"));
        };
        aops::put(&x.t, &pos, &src.var().t).map_err(grad_error)?;
        crate::autograd::bump_version(&x.t);
        return Ok(Value::None);
    }
    let view = crate::autograd::with_grad_mode(false, || getitem(me, &a[..2]))?;
    let target = this(&view)?;
    let src = match operand(&a[2]) {
        Some(o) => o.var().t.clone(),
        None => return Err(type_error("can't assign a non-number to a tensor")),
    };
    target
        .t
        .assign(&src.cast(target.dtype()))
        .map_err(tensor_error)?;
    Ok(Value::None)
}

/// `x[index] = value` recorded by autograd, as PyTorch does it: basic indices copy into the view they select
/// (the base's node becomes CopySlices), advanced ones are an `index_put_` (IndexPutBackward0).
fn recorded_setitem(me: &mut Interp, x: &Var, a: &[Value]) -> Res<Value> {
    if x.is_leaf() && x.requires_grad() {
        return Err(Exc::new(
            ExcType::RuntimeError,
            "a view of a leaf Variable that requires grad is being used in an in-place operation.",
        ));
    }
    let basic = is_basic(&a[1]);
    if basic {
        let view = getitem(me, &a[..2])?;
        super::index_ops::copy_(me, &[view, a[2].clone()])?;
        return Ok(Value::None);
    }
    let pos = positions(me, x, &a[1])?;
    let Some(src) = operand(&a[2]) else {
        return Err(type_error("can't assign a non-number to a tensor"));
    };
    let src = aops::cast(src.var(), x.dtype()).map_err(grad_error)?;
    let r = crate::autograd::index_ops::put(
        x,
        &pos,
        &src,
        crate::autograd::index_ops::Combine::Write,
        "IndexPutBackward0",
    )
    .map_err(grad_error)?;
    super::tensor::commit_inplace(&a[0], x, &r)?;
    Ok(Value::None)
}
