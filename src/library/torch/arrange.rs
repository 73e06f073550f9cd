//! `torch.Tensor` ops that rearrange or pick elements: tril/triu, diag, trace, roll, flip (fliplr/flipud),
//! repeat, diff and unique: PyTorch's arguments and errors here, the differentiable ops in
//! `autograd::arrange`.

use super::shape::{dims_arg, wrap_dim};
use super::*;
use crate::autograd::ops as aops;
use crate::library::args;

fn runtime(m: impl Into<String>) -> Box<Exc> {
    Exc::new(ExcType::RuntimeError, m.into())
}

/// `tril` (`lower`) or `triu`: the elements on and below (above) the `diagonal`-th diagonal of the last two
/// dims, the others zeroed.
fn triangle(me: &mut Interp, a: &[Value], lower: bool) -> Res<Value> {
    let x = this(&a[0])?;
    let name = if lower { "tril" } else { "triu" };
    let nd = x.t.ndim();
    if nd < 2 {
        return Err(runtime(format!(
            "{name}: input tensor must have at least 2 dimensions"
        )));
    }
    let k = args::int(&a[1], "diagonal")?;
    wrap(
        me,
        crate::autograd::arrange::triangle(&x, k, lower).map_err(grad_error)?,
    )
}

/// `torch.diag(input, diagonal=0)`: a vector's square matrix, or a matrix's diagonal (a copy).
fn diag(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = this(&a[0])?;
    let k = args::int(&a[1], "diagonal")?;
    let out = match x.t.ndim() {
        1 => crate::autograd::arrange::diag_embed(&x, k),
        2 => crate::autograd::arrange::diagonal_copy(&x, k),
        n => {
            return Err(runtime(format!(
                "diag(): Supports 1D or 2D tensors. Got {n}D"
            )))
        }
    };
    wrap(me, out.map_err(grad_error)?)
}

/// `x.trace()`: the sum of a matrix's diagonal (integers sum in int64).
fn trace(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = this(&a[0])?;
    if x.t.ndim() != 2 {
        return Err(runtime(format!(
            "trace: expected a matrix, but got tensor with dim {}",
            x.t.ndim()
        )));
    }
    if x.dtype() == DType::Bool {
        return Err(Exc::new(
            ExcType::NotImplementedError,
            "\"trace\" not implemented for 'Bool'",
        ));
    }
    wrap(me, crate::autograd::arrange::trace(&x).map_err(grad_error)?)
}

/// Ints from an int or a sequence of ints.
fn int_list(me: &mut Interp, v: &Value, what: &str) -> Res<Vec<i64>> {
    match v {
        Value::Int(_) | Value::Bool(_) => Ok(vec![args::int(v, what)?]),
        other => me
            .collect(other)?
            .iter()
            .map(|d| args::int(d, what))
            .collect(),
    }
}

/// `x.roll(shifts, dims=None)`: elements shifted cyclically along dims (over the flattened tensor without).
fn roll(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = this(&a[0])?;
    let shifts = int_list(me, &a[1], "shifts")?;
    let shape = x.t.shape.clone();
    let dims: Vec<usize> = match &a[2] {
        Value::None => vec![],
        v => int_list(me, v, "dims")?
            .into_iter()
            .map(|d| wrap_dim(d, shape.len()))
            .collect::<Res<_>>()?,
    };
    if dims.is_empty() && shifts.len() != 1 || !dims.is_empty() && shifts.len() != dims.len() {
        return Err(runtime(format!(
            "shifts and dimensions must align. shifts: {}, dims:{}",
            shifts.len(),
            dims.len()
        )));
    }
    wrap(
        me,
        crate::autograd::arrange::roll(&x, &shifts, &dims).map_err(grad_error)?,
    )
}

/// `x.flip(dims)`: reversed along dims (a copy).
fn flip(me: &mut Interp, x: &Var, dims: &[usize]) -> Res<Value> {
    wrap(
        me,
        crate::autograd::reductions::flip(x, dims).map_err(grad_error)?,
    )
}

/// `fliplr` (`dim` 1) and `flipud` (`dim` 0).
fn flip_one(me: &mut Interp, a: &[Value], dim: usize) -> Res<Value> {
    let x = this(&a[0])?;
    if x.t.ndim() <= dim {
        return Err(runtime(format!("Input must be >= {}-d.", dim + 1)));
    }
    flip(me, &x, &[dim])
}

/// `x.repeat(*sizes)`: the tensor tiled `sizes[i]` times along each dim (leading sizes add dims).
fn repeat(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = this(&a[0])?;
    let items = me.collect(&a[1])?;
    let items = match items.as_slice() {
        [one] if !matches!(one, Value::Int(_)) => me.collect(one)?,
        _ => items,
    };
    let reps: Vec<usize> = items
        .iter()
        .map(|v| args::int(v, "repeats").map(|d| d.max(0) as usize))
        .collect::<Res<_>>()?;
    if reps.len() < x.t.ndim() {
        return Err(runtime(
            "Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor",
        ));
    }
    wrap(
        me,
        crate::autograd::arrange::repeat(&x, &reps).map_err(grad_error)?,
    )
}

/// `torch.diff(input, n=1, dim=-1, prepend=None, append=None)`: differences of neighbours along dim, `n`
/// times (`!=` for bools), recorded as the slices and subtraction it is.
fn diff(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = this(&a[0])?;
    if x.t.ndim() == 0 {
        return Err(runtime("diff expects input to be at least one-dimensional"));
    }
    let n = args::int(&a[1], "n")?;
    if n < 0 {
        return Err(runtime(format!("order must be non-negative but got {n}")));
    }
    let dim = wrap_dim(args::int(&a[2], "dim")?, x.t.ndim())?;
    let mut parts = Vec::new();
    for v in [&a[3], &a[0], &a[4]] {
        if let Some(t) = as_var(v) {
            parts.push(t);
        } else if !matches!(v, Value::None) {
            return Err(type_error(format!(
                "diff(): argument 'prepend' must be Tensor, not {}",
                v.type_name()
            )));
        }
    }
    let mut y = if parts.len() == 1 {
        x
    } else {
        let d = parts
            .iter()
            .map(|v| v.dtype())
            .reduce(crate::tensor::dtype::torch_promote)
            .unwrap_or(x.dtype());
        aops::cat(&parts, dim, d).map_err(grad_error)?
    };
    for _ in 0..n {
        let len = y.t.shape[dim];
        if len == 0 {
            break;
        }
        let hi = aops::slice(&y, dim, 1, 1, len - 1).map_err(grad_error)?;
        let lo = aops::slice(&y, dim, 0, 1, len - 1).map_err(grad_error)?;
        y = if y.dtype() == DType::Bool {
            let ne = crate::tensor::ops::compare(
                crate::tensor::ops::CompareOp::Ne,
                &hi.t,
                &lo.t,
                DType::Bool,
            )
            .map_err(|e| grad_error(e.into()))?;
            Var::constant(ne)
        } else {
            aops::binary(
                crate::tensor::ops::BinaryOp::Sub,
                &hi,
                &lo,
                y.dtype(),
                [false, false],
            )
            .map_err(grad_error)?
        };
    }
    wrap(me, y)
}

/// `torch.unique(input, sorted=True, return_inverse=False, return_counts=False, dim=None)`: the distinct
/// elements in order (NaNs each kept), with where each element went and how often each occurs.
fn unique(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = this(&a[0])?;
    if !matches!(a[4], Value::None) {
        return Err(crate::interp::exceptions::not_implemented(
            "torch.unique with dim=",
        ));
    }
    let (ret_inverse, ret_counts) = (me.truthy(&a[2])?, me.truthy(&a[3])?);
    let (values, u) = crate::autograd::arrange::unique(&x).map_err(grad_error)?;
    let n = u.first.len();
    let mut out = vec![wrap(me, values)?];
    if ret_inverse {
        let inv = Tensor::from_vec(u.inverse, x.t.shape.clone());
        out.push(wrap(me, Var::constant(inv))?);
    }
    if ret_counts {
        out.push(wrap(
            me,
            Var::constant(Tensor::from_vec(u.counts, vec![n])),
        )?);
    }
    Ok(if out.len() == 1 {
        out.remove(0)
    } else {
        Value::tuple(out)
    })
}

/// Methods of `torch.Tensor` defined here.
pub const ARRANGE_METHODS: &[Def] = &[
    Def { name: "tril", sig: "self, diagonal=0", doc: "The lower triangle of the last two dims, the rest zeroed.\n\n>>> torch.ones(2, 2).tril()\ntensor([[1., 0.],\n        [1., 1.]])", func: |me, a| triangle(me, &a, true) },
    Def { name: "triu", sig: "self, diagonal=0", doc: "The upper triangle of the last two dims, the rest zeroed.\n\n>>> torch.ones(2, 2).triu(1)\ntensor([[0., 1.],\n        [0., 0.]])", func: |me, a| triangle(me, &a, false) },
    Def { name: "diag", sig: "self, diagonal=0", doc: "A vector's diagonal matrix, or a matrix's diagonal.\n\n>>> torch.tensor([1, 2]).diag()\ntensor([[1, 0],\n        [0, 2]])", func: |me, a| diag(me, &a) },
    Def { name: "trace", sig: "self, /", doc: "The sum of a matrix's diagonal.\n\n>>> torch.tensor([[1.0, 2.0], [3.0, 4.0]]).trace()\ntensor(5.)", func: |me, a| trace(me, &a) },
    Def { name: "roll", sig: "self, shifts, dims=None", doc: "Shift elements cyclically along dims (the flattened tensor without dims).\n\n>>> torch.arange(4).roll(1)\ntensor([3, 0, 1, 2])", func: |me, a| roll(me, &a) },
    Def { name: "flip", sig: "self, *dims", doc: "Reverse the order along dims (a copy).\n\n>>> torch.arange(3).flip(0)\ntensor([2, 1, 0])", func: |me, a| {
        let x = this(&a[0])?;
        let items = me.collect(&a[1])?;
        let dims = match items.as_slice() {
            [one] if !matches!(one, Value::Int(_)) => one.clone(),
            _ => Value::tuple(items),
        };
        let dims = dims_arg(me, &dims, x.t.ndim())?.unwrap_or_default();
        flip(me, &x, &dims)
    } },
    Def { name: "fliplr", sig: "self, /", doc: "Reverse the order of the columns.\n\n>>> torch.tensor([[1, 2]]).fliplr()\ntensor([[2, 1]])", func: |me, a| flip_one(me, &a, 1) },
    Def { name: "flipud", sig: "self, /", doc: "Reverse the order of the rows.\n\n>>> torch.tensor([[1], [2]]).flipud()\ntensor([[2],\n        [1]])", func: |me, a| flip_one(me, &a, 0) },
    Def { name: "repeat", sig: "self, *sizes", doc: "Tile the tensor: repeat it sizes[i] times along each dimension.\n\n>>> torch.tensor([1, 2]).repeat(2)\ntensor([1, 2, 1, 2])", func: |me, a| repeat(me, &a) },
    Def { name: "diff", sig: "self, n=1, dim=-1, prepend=None, append=None", doc: "Differences of neighbours along dim, n times.\n\n>>> torch.tensor([1, 4, 9]).diff()\ntensor([3, 5])", func: |me, a| diff(me, &a) },
    Def { name: "unique", sig: "self, sorted=True, return_inverse=False, return_counts=False, dim=None", doc: "The distinct elements in order (with inverse indices and counts on request).\n\n>>> torch.tensor([3, 1, 3]).unique()\ntensor([1, 3])", func: |me, a| unique(me, &a) },
];

/// `torch.flip(input, dims)`: dims must be a sequence there.
fn flip_function(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let x = this(&a[0])?;
    if matches!(a[1], Value::Int(_)) {
        return Err(type_error(format!(
            "flip(): argument 'dims' (position 2) must be tuple of ints, not {}",
            a[1].type_name()
        )));
    }
    let dims = dims_arg(me, &a[1], x.t.ndim())?.unwrap_or_default();
    flip(me, &x, &dims)
}

/// `torch` functions defined here that differ from the methods.
pub const ARRANGE_FUNCTIONS: &[Def] = &[Def {
    name: "flip",
    sig: "input, dims",
    doc: "Reverse the order along dims (a copy).\n\n>>> torch.flip(torch.arange(3), dims=[0])\ntensor([2, 1, 0])",
    func: flip_function,
}];

/// Names of `torch` that call the Tensor method of the same name (see `more::method_functions`).
pub const METHOD_FUNCTIONS: &[&str] = &[
    "tril", "triu", "diag", "trace", "roll", "fliplr", "flipud", "diff", "unique",
];
