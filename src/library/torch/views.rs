//! More shape methods of `torch.Tensor`: narrow/select/unbind/movedim/unfold/unflatten/tensor_split views,
//! the `_as` forms (view_as, reshape_as, expand_as), ravel, repeat_interleave and tile, `_base`, equality of
//! whole tensors, and `torch.broadcast_tensors` / `torch.broadcast_shapes`.

use super::shape::{expand, reshape, shape_spec, view, wrap_dim};
use super::tensor::{operand, result_type};
use super::*;
use crate::autograd::ops as aops;
use crate::library::args;

fn runtime(m: impl Into<String>) -> Box<Exc> {
    Exc::new(ExcType::RuntimeError, m.into())
}

fn ints(me: &mut Interp, v: &Value) -> Res<Vec<i64>> {
    match v {
        Value::Int(_) | Value::Bool(_) => Ok(vec![args::int(v, "dim")?]),
        other => me
            .collect(other)?
            .iter()
            .map(|d| args::int(d, "dim"))
            .collect(),
    }
}

/// An int argument that may also be a one-element tensor (`narrow`'s start).
fn int_or_tensor(v: &Value, what: &str) -> Res<i64> {
    match as_var(v) {
        Some(t) if t.t.numel() == 1 && t.dtype().is_int() => {
            Ok(t.t.cast(DType::I64).to_vec::<i64>()[0])
        }
        _ => args::int(v, what),
    }
}

fn shape_tuple(s: &[usize]) -> Value {
    Value::tuple(s.iter().map(|&d| Value::Int(d as i64)).collect())
}

fn other_tensor(v: &Value, op: &str) -> Res<Var> {
    as_var(v).ok_or_else(|| {
        type_error(format!(
            "{op}(): argument 'other' (position 1) must be Tensor, not {}",
            v.type_name()
        ))
    })
}

/// `x.narrow(dim, start, length)`: `length` elements from `start` along `dim` (a view).
fn narrow(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = this(&a[0])?;
    if x.t.ndim() == 0 {
        return Err(runtime("narrow() cannot be applied to a 0-dim tensor."));
    }
    let dim = wrap_dim(args::int(&a[1], "dim")?, x.t.ndim())?;
    let start = int_or_tensor(&a[2], "start")?;
    let length = args::int(&a[3], "length")?;
    if length < 0 {
        return Err(runtime("narrow(): length must be non-negative."));
    }
    let size = x.t.shape[dim] as i64;
    if start < -size || start > size {
        return Err(Exc::new(
            ExcType::IndexError,
            format!(
                "start out of range (expected to be in range of [{}, {size}], but got {start})",
                -size
            ),
        ));
    }
    let start = if start < 0 { start + size } else { start };
    if start > size - length {
        return Err(runtime(format!(
            "start ({start}) + length ({length}) exceeds dimension size ({size})."
        )));
    }
    let out = aops::slice(&x, dim, start as usize, 1, length as usize).map_err(grad_error)?;
    wrap_view(me, &a[0], out)
}

/// `x.select(dim, index)`: the slice at `index` along `dim`, without that dim (a view).
fn select(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = this(&a[0])?;
    if x.t.ndim() == 0 {
        return Err(Exc::new(
            ExcType::IndexError,
            "select() cannot be applied to a 0-dim tensor.",
        ));
    }
    let dim = wrap_dim(args::int(&a[1], "dim")?, x.t.ndim())?;
    let i = int_or_tensor(&a[2], "index")?;
    let size = x.t.shape[dim] as i64;
    if i < -size || i >= size {
        let dims: Vec<String> = x.t.shape.iter().map(|d| d.to_string()).collect();
        return Err(Exc::new(
            ExcType::IndexError,
            format!(
                "select(): index {i} out of range for tensor of size [{}] at dimension {dim}",
                dims.join(", ")
            ),
        ));
    }
    let i = if i < 0 { i + size } else { i } as usize;
    wrap_view(me, &a[0], aops::select(&x, dim, i).map_err(grad_error)?)
}

/// `x.unbind(dim=0)`: the slices along `dim`, as a tuple of views.
fn unbind(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = this(&a[0])?;
    let d = args::int(&a[1], "dim")?;
    if x.t.ndim() == 0 {
        return Err(Exc::new(
            ExcType::IndexError,
            format!("Dimension specified as {d} but tensor has no dimensions"),
        ));
    }
    let dim = wrap_dim(d, x.t.ndim())?;
    let out = (0..x.t.shape[dim])
        .map(|i| {
            let s = aops::select_named(&x, dim, i, "UnbindBackward0").map_err(grad_error)?;
            wrap_view(me, &a[0], s)
        })
        .collect::<Res<Vec<_>>>()?;
    Ok(Value::tuple(out))
}

/// `x.movedim(source, destination)` (also `moveaxis`): dims moved to new places, the others keeping order.
fn movedim(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = this(&a[0])?;
    let nd = x.t.ndim();
    let src_raw = ints(me, &a[1])?;
    let dst_raw = ints(me, &a[2])?;
    let list = |v: &[i64]| {
        format!(
            "[{}]",
            v.iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    if src_raw.len() != dst_raw.len() {
        return Err(runtime(format!(
            "movedim: Invalid source or destination dims: source ({} dims) should contain the same number of dims as destination ({} dims)",
            list(&src_raw),
            list(&dst_raw)
        )));
    }
    let src: Vec<usize> = src_raw
        .iter()
        .map(|&d| wrap_dim(d, nd))
        .collect::<Res<_>>()?;
    let dst: Vec<usize> = dst_raw
        .iter()
        .map(|&d| wrap_dim(d, nd))
        .collect::<Res<_>>()?;
    let repeated = |v: &[usize]| {
        let mut s = v.to_vec();
        s.sort_unstable();
        s.windows(2).any(|w| w[0] == w[1])
    };
    if repeated(&src) {
        return Err(runtime(format!(
            "movedim: repeated dim in `source` ({})",
            list(&src_raw)
        )));
    }
    if repeated(&dst) {
        return Err(runtime(format!(
            "movedim: repeated dim in `destination` ({})",
            list(&dst_raw)
        )));
    }
    let mut order: Vec<usize> = (0..nd).filter(|d| !src.contains(d)).collect();
    let mut pairs: Vec<(usize, usize)> = dst.iter().copied().zip(src.iter().copied()).collect();
    pairs.sort_unstable();
    for (d, s) in pairs {
        order.insert(d, s);
    }
    wrap_view(me, &a[0], aops::permute(&x, &order).map_err(grad_error)?)
}

/// `x.tensor_split(sections or indices, dim=0)`: `n` nearly equal pieces (the first ones one longer), or the
/// pieces between the given indices (clamped, possibly empty).
fn tensor_split(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = this(&a[0])?;
    let dim = wrap_dim(args::int(&a[2], "dim")?, x.t.ndim())?;
    let len = x.t.shape[dim];
    let spec = match as_var(&a[1]) {
        Some(t) if t.t.ndim() == 0 => Value::Int(t.t.cast(DType::I64).to_vec::<i64>()[0]),
        Some(t) => Value::list(
            t.t.cast(DType::I64)
                .to_vec::<i64>()
                .into_iter()
                .map(Value::Int)
                .collect(),
        ),
        None => a[1].clone(),
    };
    let ranges: Vec<(usize, usize)> = match &spec {
        Value::Int(n) => {
            if *n <= 0 {
                return Err(runtime(format!(
                    "number of sections must be larger than 0, got {n}"
                )));
            }
            let n = *n as usize;
            let mut at = 0;
            (0..n)
                .map(|i| {
                    let k = len / n + usize::from(i < len % n);
                    at += k;
                    (at - k, k)
                })
                .collect()
        }
        other => {
            // Piece i runs from index i-1 to index i (clamped to the dim; empty when they are out of order).
            let mut bounds = vec![0usize];
            for i in ints(me, other)? {
                let i = if i < 0 { (i + len as i64).max(0) } else { i } as usize;
                bounds.push(i.min(len));
            }
            bounds.push(len);
            bounds
                .windows(2)
                .map(|w| (w[0], w[1].saturating_sub(w[0])))
                .collect()
        }
    };
    more::ranges_of(me, &a[0], dim, &ranges, "SliceBackward0")
}

/// `x.unflatten(dim, sizes)`: one dim split into several (one of them may be -1).
fn unflatten(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = this(&a[0])?;
    let dim = wrap_dim(args::int(&a[1], "dim")?, x.t.ndim())?;
    let size = x.t.shape[dim];
    let want = ints(me, &a[2])?;
    let known: i64 = want.iter().filter(|d| **d >= 0).product();
    let inferred = want.iter().filter(|d| **d < 0).count();
    if inferred > 1
        || (inferred == 0 && known != size as i64)
        || (inferred == 1 && (known == 0 || size as i64 % known != 0))
    {
        let dims: Vec<String> = want.iter().map(|d| d.to_string()).collect();
        return Err(runtime(format!(
            "unflatten: Provided sizes [{}] don't multiply up to the size of dim {dim} ({size}) in the input tensor",
            dims.join(", ")
        )));
    }
    let parts = shape_spec(
        me,
        &Value::tuple(want.iter().map(|&d| Value::Int(d)).collect()),
        size,
    )?;
    let mut shape = x.t.shape[..dim].to_vec();
    shape.extend(parts);
    shape.extend_from_slice(&x.t.shape[dim + 1..]);
    view(me, &[a[0].clone(), shape_tuple(&shape)])
}

/// `x.unfold(dim, size, step)`: windows along `dim` as a new last dim (a view).
fn unfold(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = this(&a[0])?;
    let dim = wrap_dim(args::int(&a[1], "dimension")?, x.t.ndim())?;
    let size = args::int(&a[2], "size")?;
    let step = args::int(&a[3], "step")?;
    let len = if x.t.ndim() == 0 { 1 } else { x.t.shape[dim] } as i64;
    if size > len {
        return Err(runtime(format!(
            "maximum size for tensor at dimension {dim} is {len} but size is {size}"
        )));
    }
    if size < 0 {
        return Err(runtime(format!("size is {size} but must be >= 0")));
    }
    if step <= 0 {
        return Err(runtime(format!("step is {step} but must be > 0")));
    }
    let out = crate::autograd::index_ops::unfold(&x, dim, size as usize, step as usize)
        .map_err(grad_error)?;
    wrap_view(me, &a[0], out)
}

/// `x.repeat_interleave(repeats, dim=None)`: each element (or slice along dim) repeated; without a dim the
/// input is flattened first. `torch.repeat_interleave(counts)` alone gives the indices repeated by counts.
fn repeat_interleave(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = this(&a[0])?;
    if matches!(a[1], Value::None) {
        // The one-argument form: `x` holds the counts.
        let idx = repeated_indices(&x.t.cast(DType::I64).to_vec::<i64>())?;
        return wrap(me, Var::constant(idx));
    }
    let (x, dim) = match &a[2] {
        Value::None => {
            let n = x.t.numel();
            let flat = reshape(me, &[a[0].clone(), shape_tuple(&[n])])?;
            (this(&flat)?, 0)
        }
        d => {
            let dim = wrap_dim(args::int(d, "dim")?, x.t.ndim())?;
            if x.t.ndim() == 0 {
                (aops::reshape(&x, &[1]).map_err(grad_error)?, 0)
            } else {
                (x, dim)
            }
        }
    };
    let len = x.t.shape[dim];
    let counts: Vec<i64> = match as_var(&a[1]) {
        Some(r) if r.t.numel() != 1 || r.t.ndim() == 1 && len == 1 => {
            let c = r.t.cast(DType::I64).to_vec::<i64>();
            if r.t.ndim() > 1 {
                return Err(runtime("repeats must be 0-dim or 1-dim tensor"));
            }
            if c.len() != len {
                return Err(runtime(format!(
                    "repeats must have the same size as input along dim, but got repeats.size(0) = {} and input.size({dim}) = {len}",
                    c.len()
                )));
            }
            c
        }
        Some(r) => vec![r.t.cast(DType::I64).to_vec::<i64>()[0]; len],
        None => {
            let n = args::int(&a[1], "repeats")?;
            if n < 0 {
                return Err(runtime("Repeats must be non-negative"));
            }
            // PyTorch's way for one count: a new axis after dim, expanded, copied and merged.
            let mut wide = x.t.shape.clone();
            wide.insert(dim + 1, n as usize);
            let mut merged = x.t.shape.clone();
            merged[dim] *= n as usize;
            let out = aops::unsqueeze(&x, dim + 1)
                .and_then(|u| aops::expand(&u, &wide))
                .and_then(|e| aops::clone(&e))
                .and_then(|c| aops::reshape(&c, &merged))
                .map_err(grad_error)?;
            return wrap(me, out);
        }
    };
    let xv = wrap(me, x)?;
    let index = wrap(me, Var::constant(repeated_indices(&counts)?))?;
    args::call_method(
        me,
        &xv,
        "index_select",
        &Value::tuple(vec![Value::Int(dim as i64), index]),
        &Value::None,
    )
}

/// Each index `i` repeated `counts[i]` times, as an int64 vector.
fn repeated_indices(counts: &[i64]) -> Res<Tensor> {
    if counts.iter().any(|&c| c < 0) {
        return Err(runtime("repeats can not be negative"));
    }
    let idx: Vec<i64> = counts
        .iter()
        .enumerate()
        .flat_map(|(i, &c)| std::iter::repeat_n(i as i64, c as usize))
        .collect();
    let n = idx.len();
    Ok(Tensor::from_vec(idx, vec![n]))
}

/// `x.tile(dims)`: `repeat` with `dims` padded by leading 1s to the tensor's rank.
fn tile(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = this(&a[0])?;
    let mut reps = ints(me, &a[1])?;
    while reps.len() < x.t.ndim() {
        reps.insert(0, 1);
    }
    let reps = Value::tuple(reps.into_iter().map(Value::Int).collect());
    args::call_method(me, &a[0], "repeat", &Value::tuple(vec![reps]), &Value::None)
}

/// `x.equal(other)`: the same shape and equal elements (after promotion).
fn equal(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = this(&a[0])?;
    let y = other_tensor(&a[1], "equal")?;
    if x.t.shape != y.t.shape {
        return Ok(Value::Bool(false));
    }
    let (Some(p), Some(q)) = (operand(&a[0]), operand(&a[1])) else {
        return Ok(Value::Bool(false));
    };
    let d = result_type(me, &[&p, &q]);
    let same = crate::tensor::ops::compare(
        crate::tensor::ops::CompareOp::Eq,
        &x.t.cast(d),
        &y.t.cast(d),
        d,
    )
    .map_err(tensor_error)?;
    Ok(Value::Bool(same.to_vec::<bool>().iter().all(|b| *b)))
}

fn as_other(
    me: &mut Interp,
    a: &[Value],
    op: &str,
    f: fn(&mut Interp, &[Value]) -> Res<Value>,
) -> Res<Value> {
    let y = other_tensor(&a[1], op)?;
    f(me, &[a[0].clone(), shape_tuple(&y.t.shape)])
}

/// `torch.broadcast_shapes(*shapes)`: the shape they all broadcast to, as a torch.Size.
fn broadcast_shapes(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let mut out: Vec<usize> = Vec::new();
    for (k, s) in me.collect(&a[0])?.iter().enumerate() {
        let dims: Vec<usize> = ints(me, s)?
            .iter()
            .map(|&d| {
                usize::try_from(d).map_err(|_| {
                    runtime(format!(
                        "Trying to create tensor with negative dimension {d}: [{d}]"
                    ))
                })
            })
            .collect::<Res<_>>()?;
        out = crate::tensor::broadcast_shapes(&out, &dims).map_err(|_| {
            // PyTorch names the first clashing dim from the right and the argument.
            let n = out.len().max(dims.len());
            let at = (1..=n)
                .find(|&i| {
                    let p = out.len().checked_sub(i).map_or(1, |j| out[j]);
                    let q = dims.len().checked_sub(i).map_or(1, |j| dims[j]);
                    p != q && p != 1 && q != 1
                })
                .unwrap_or(1);
            let q = dims[dims.len() - at];
            let had: Vec<String> = dims.iter().map(|d| d.to_string()).collect();
            let had = if had.len() == 1 {
                format!("({},)", had[0])
            } else {
                format!("({})", had.join(", "))
            };
            let exp: Vec<String> = out.iter().map(|d| d.to_string()).collect();
            runtime(format!(
                "Attempting to broadcast a dimension of length {q} at -{at}! Mismatching argument at index {k} had {had}; but expected shape should be broadcastable to [{}]",
                exp.join(", ")
            ))
        })?;
    }
    size_value(me, &out)
}

/// `torch.broadcast_tensors(*tensors)`: each expanded (a view) to their joint shape.
fn broadcast_tensors(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let items = me.collect(&a[0])?;
    let vars: Vec<Var> = items
        .iter()
        .map(|v| {
            as_var(v).ok_or_else(|| {
                type_error(format!(
                    "broadcast_tensors(): argument 'tensors' must be tuple of Tensors, not {}",
                    v.type_name()
                ))
            })
        })
        .collect::<Res<_>>()?;
    let mut shape: Vec<usize> = Vec::new();
    for v in &vars {
        shape = crate::tensor::broadcast_shapes(&shape, &v.t.shape)
            .map_err(|e| grad_error(e.into()))?;
    }
    let out = items
        .iter()
        .zip(&vars)
        .map(|(obj, v)| wrap_view(me, obj, aops::expand(v, &shape).map_err(grad_error)?))
        .collect::<Res<Vec<_>>>()?;
    Ok(Value::tuple(out))
}

/// Methods of `torch.Tensor` defined here.
pub const VIEW_METHODS: &[Def] = &[
    Def { name: "narrow", sig: "self, dim, start, length", doc: "length elements from start along dim (a view).\n\n>>> torch.arange(5).narrow(0, 1, 3)\ntensor([1, 2, 3])", func: |me, a| narrow(me, &a) },
    Def { name: "select", sig: "self, dim, index", doc: "The slice at index along dim, without that dim (a view).\n\n>>> torch.tensor([[1, 2], [3, 4]]).select(1, 0)\ntensor([1, 3])", func: |me, a| select(me, &a) },
    Def { name: "unbind", sig: "self, dim=0", doc: "The slices along dim, as a tuple of views.\n\n>>> torch.tensor([[1, 2], [3, 4]]).unbind(1)\n(tensor([1, 3]), tensor([2, 4]))", func: |me, a| unbind(me, &a) },
    Def { name: "movedim", sig: "self, source, destination", doc: "Move dims to new places, the others keeping their order.\n\n>>> torch.zeros(2, 3, 4).movedim(0, -1).shape\ntorch.Size([3, 4, 2])", func: |me, a| movedim(me, &a) },
    Def { name: "moveaxis", sig: "self, source, destination", doc: "Move dims to new places (alias of movedim).\n\n>>> torch.zeros(2, 3).moveaxis(1, 0).shape\ntorch.Size([3, 2])", func: |me, a| movedim(me, &a) },
    Def { name: "tensor_split", sig: "self, indices_or_sections, dim=0", doc: "Split into n nearly equal pieces, or at the given indices.\n\n>>> torch.arange(5).tensor_split(2)\n(tensor([0, 1, 2]), tensor([3, 4]))", func: |me, a| tensor_split(me, &a) },
    Def { name: "unflatten", sig: "self, dim, sizes", doc: "Split one dim into several.\n\n>>> torch.zeros(6).unflatten(0, (2, -1)).shape\ntorch.Size([2, 3])", func: |me, a| unflatten(me, &a) },
    Def { name: "unfold", sig: "self, dimension, size, step", doc: "Windows of size elements every step along a dim, as a new last dim (a view).\n\n>>> torch.arange(5).unfold(0, 2, 2)\ntensor([[0, 1],\n        [2, 3]])", func: |me, a| unfold(me, &a) },
    Def { name: "view_as", sig: "self, other", doc: "A view with other's shape.\n\n>>> torch.arange(4).view_as(torch.zeros(2, 2)).shape\ntorch.Size([2, 2])", func: |me, a| as_other(me, &a, "view_as", view) },
    Def { name: "reshape_as", sig: "self, other", doc: "Reshaped to other's shape.\n\n>>> torch.arange(4).reshape_as(torch.zeros(2, 2)).shape\ntorch.Size([2, 2])", func: |me, a| as_other(me, &a, "reshape_as", reshape) },
    Def { name: "expand_as", sig: "self, other", doc: "Expanded to other's shape (a view).\n\n>>> torch.tensor([1, 2]).expand_as(torch.zeros(2, 2))\ntensor([[1, 2],\n        [1, 2]])", func: |me, a| as_other(me, &a, "expand_as", expand) },
    Def { name: "ravel", sig: "self, /", doc: "The elements as a 1-d tensor (a view when possible).\n\n>>> torch.tensor([[1, 2], [3, 4]]).ravel()\ntensor([1, 2, 3, 4])", func: |me, a| {
        let n = this(&a[0])?.t.numel();
        reshape(me, &[a[0].clone(), shape_tuple(&[n])])
    } },
    Def { name: "repeat_interleave", sig: "self, repeats=None, dim=None, *, output_size=None", doc: "Repeat each element (or slice along dim) repeats times.\n\n>>> torch.tensor([1, 2]).repeat_interleave(2)\ntensor([1, 1, 2, 2])", func: |me, a| repeat_interleave(me, &a) },
    Def { name: "tile", sig: "self, *dims", doc: "Tile the tensor (repeat, with dims padded by leading 1s).\n\n>>> torch.tensor([1, 2]).tile((2,))\ntensor([1, 2, 1, 2])", func: |me, a| {
        let dims = match &a[1] { Value::Tuple(t) if t.len() == 1 && !matches!(t[0], Value::Int(_)) => t[0].clone(), other => other.clone() };
        tile(me, &[a[0].clone(), dims])
    } },
    Def { name: "equal", sig: "self, other", doc: "Whether the two tensors have the same shape and elements.\n\n>>> torch.tensor([1, 2]).equal(torch.tensor([1, 2]))\nTrue", func: |me, a| equal(me, &a) },
    Def { name: "nelement", sig: "self, /", doc: "The number of elements (alias of numel).\n\n>>> torch.zeros(2, 3).nelement()\n6", func: |_, a| Ok(Value::Int(this(&a[0])?.t.numel() as i64)) },
    Def { name: "is_floating_point", sig: "self, /", doc: "Whether the dtype is a floating-point type.\n\n>>> torch.tensor([1]).is_floating_point()\nFalse", func: |_, a| Ok(Value::Bool(this(&a[0])?.dtype().is_float())) },
    Def { name: "is_complex", sig: "self, /", doc: "Whether the dtype is a complex type.\n\n>>> torch.tensor([1j]).is_complex()\nTrue", func: |_, a| Ok(Value::Bool(this(&a[0])?.dtype().is_complex())) },
];

/// `_base`: the tensor a view views (None for a tensor that owns its storage).
pub const VIEW_PROPERTIES: &[Def] = &[Def {
    name: "_base",
    sig: "self, /",
    doc: "The tensor this view views (None when it is not a view).",
    func: |_, a| Ok(base_of(&a[0]).unwrap_or(Value::None)),
}];

/// Names of `torch` that call the Tensor method of the same name (see `more::method_functions`).
pub const VIEW_FUNCTIONS: &[&str] = &[
    "narrow",
    "select",
    "unbind",
    "movedim",
    "moveaxis",
    "tensor_split",
    "unflatten",
    "ravel",
    "tile",
    "equal",
    "is_floating_point",
    "is_complex",
];

/// Functions of `torch` defined here.
pub const VIEW_TORCH_FUNCTIONS: &[Def] = &[
    Def { name: "broadcast_shapes", sig: "*shapes", doc: "The shape the given shapes broadcast to.\n\n>>> torch.broadcast_shapes((2, 1), (1, 3))\ntorch.Size([2, 3])", func: |me, a| broadcast_shapes(me, &a) },
    Def { name: "broadcast_tensors", sig: "*tensors", doc: "The tensors expanded to their joint shape.\n\n>>> torch.broadcast_tensors(torch.ones(2), torch.zeros(1))[1]\ntensor([0., 0.])", func: |me, a| broadcast_tensors(me, &a) },
    Def { name: "repeat_interleave", sig: "input, repeats=None, dim=None, *, output_size=None", doc: "Repeat each element (or slice along dim) repeats times; with one tensor, its indices repeated by its counts.\n\n>>> torch.repeat_interleave(torch.tensor([2, 1]))\ntensor([0, 0, 1])", func: |me, a| repeat_interleave(me, &a) },
];
