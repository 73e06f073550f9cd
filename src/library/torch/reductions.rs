//! `torch` reductions and scans beyond sum/mean/max/min: prod, nansum/nanmean, cumsum/cumprod, amax/amin/aminmax,
//! var/std (and their `_mean` pairs), vector norms (`Tensor.norm`, `torch.linalg.vector_norm`/`norm`,
//! `torch.dist`) and count_nonzero, each differentiable through `autograd::reductions`.

use super::more::return_type;
use super::shape::{dims_arg, wrap_dim};
use super::*;
use crate::autograd::ops as aops;
use crate::autograd::reductions as red;
use crate::library::args;

macro_rules! defs {
    ($($name:literal, $sig:literal, $doc:literal => $f:expr;)*) => {
        &[$(Def { name: $name, sig: $sig, doc: $doc, func: $f }),*]
    };
}

/// The dims of a reduction (all when None) and whether they were given.
fn axes(me: &mut Interp, x: &Var, dim: &Value) -> Res<Vec<usize>> {
    Ok(dims_arg(me, dim, x.t.ndim())?.unwrap_or_else(|| (0..x.t.ndim()).collect()))
}

/// The accumulation dtype of sums and products: `dtype=` when given, int64 for integers and bool.
fn sum_dtype(me: &Interp, x: &Var, dtype: &Value) -> Res<DType> {
    Ok(match dtype_arg(me, dtype)? {
        Some(d) => d,
        None if x.dtype().is_int() || x.dtype() == DType::Bool => DType::I64,
        None => x.dtype(),
    })
}

fn prod(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = this(&a[0])?;
    let d = sum_dtype(me, &x, &a[3])?;
    let dim = match &a[1] {
        Value::None => None,
        v => Some(wrap_dim(args::int(v, "dim")?, x.t.ndim())?),
    };
    // A 0-d input reduces over its one (implicit) element.
    let keep = me.truthy(&a[2])? && dim.is_some() && x.t.ndim() > 0;
    let dim = dim.filter(|_| x.t.ndim() > 0);
    let out = red::prod(&x, dim, keep, d).map_err(grad_error)?;
    wrap(me, out)
}

fn nansum(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = this(&a[0])?;
    let d = sum_dtype(me, &x, &a[3])?;
    let dims = axes(me, &x, &a[1])?;
    let keep = me.truthy(&a[2])?;
    wrap(me, red::nansum(&x, &dims, keep, d).map_err(grad_error)?)
}

/// nanmean: the nansum divided by the count of non-NaN elements (PyTorch composes it the same way).
fn nanmean(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = floating(me, &this(&a[0])?, &a[3], |d| {
        format!(
            "nanmean(): expected input to have floating point or complex dtype but got {}",
            tensor_type_name(d)
        )
    })?;
    let dims = axes(me, &x, &a[1])?;
    let keep = me.truthy(&a[2])?;
    let out = (|| {
        let not_nan = aops::mask(crate::tensor::ops::CompareOp::Eq, &x, &x)?;
        let count = aops::sum(
            &aops::mask_as(&not_nan, x.dtype()),
            Some(&dims),
            keep,
            x.dtype(),
        )?;
        aops::div(&red::nansum(&x, &dims, keep, x.dtype())?, &count)
    })()
    .map_err(grad_error)?;
    wrap(me, out)
}

/// `x` cast to `dtype=` when given, which must then be floating or complex: else PyTorch's NotImplementedError
/// with the message `err` makes of the dtype.
pub(super) fn floating(
    me: &Interp,
    x: &Var,
    dtype: &Value,
    err: impl FnOnce(DType) -> String,
) -> Res<Var> {
    let x = match dtype_arg(me, dtype)? {
        Some(d) => aops::cast(x, d).map_err(grad_error)?,
        None => x.clone(),
    };
    if !(x.dtype().is_float() || x.dtype().is_complex()) {
        return Err(Exc::new(ExcType::NotImplementedError, err(x.dtype())));
    }
    Ok(x)
}

/// PyTorch's capitalised scalar type name in messages (`Long`, `Float`).
pub(super) fn tensor_type_name(d: DType) -> &'static str {
    match d {
        DType::Bool => "Bool",
        DType::U8 => "Byte",
        DType::I8 => "Char",
        DType::I16 => "Short",
        DType::I32 => "Int",
        DType::I64 => "Long",
        DType::F16 => "Half",
        DType::BF16 => "BFloat16",
        DType::F32 => "Float",
        DType::F64 => "Double",
        DType::C64 => "ComplexFloat",
        DType::C128 => "ComplexDouble",
        _ => d.name(),
    }
}

/// cumsum/cumprod along `dim` (a 0-d input scans its one element).
fn scan(me: &mut Interp, a: &[Value], product: bool) -> Res<Value> {
    let x = this(&a[0])?;
    let dim = wrap_dim(args::int(&a[1], "dim")?, x.t.ndim())?;
    let d = sum_dtype(me, &x, &a[2])?;
    let out = (|| {
        if x.t.ndim() == 0 {
            let one = aops::reshape(&x, &[1])?;
            return aops::reshape(&red::scan(&one, 0, product, d)?, &[]);
        }
        red::scan(&aops::cast(&x, d)?, dim, product, d)
    })()
    .map_err(grad_error)?;
    wrap(me, out)
}

/// The `numel() == 0` error of reductions without an identity.
fn empty_error(name: &str) -> Box<Exc> {
    Exc::new(
        ExcType::RuntimeError,
        format!("{name}(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument."),
    )
}

fn amax(me: &mut Interp, a: &[Value], max: bool) -> Res<Value> {
    let x = this(&a[0])?;
    let dim = if matches!(&a[1], Value::Tuple(t) if t.is_empty()) {
        Value::None
    } else {
        a[1].clone()
    };
    if matches!(dim, Value::None) && x.t.numel() == 0 {
        return Err(empty_error(if max { "amax" } else { "amin" }));
    }
    let dims = axes(me, &x, &dim)?;
    let keep = me.truthy(&a[2])?;
    wrap(me, red::amax(&x, &dims, keep, max).map_err(grad_error)?)
}

fn aminmax(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = this(&a[0])?;
    if matches!(a[1], Value::None) && x.t.numel() == 0 {
        return Err(Exc::new(
            ExcType::RuntimeError,
            "aminmax(): cannot compute aminmax over an empty dimension as the operation has no identity.",
        ));
    }
    let dims = match &a[1] {
        Value::None => (0..x.t.ndim()).collect(),
        v => vec![wrap_dim(args::int(v, "dim")?, x.t.ndim())?],
    };
    let keep = me.truthy(&a[2])?;
    let lo = red::amax(&x, &dims, keep, false).map_err(grad_error)?;
    let hi = red::amax(&x, &dims, keep, true).map_err(grad_error)?;
    let (lo, hi) = (wrap(me, lo)?, wrap(me, hi)?);
    return_type(me, "aminmax", vec![("min", lo), ("max", hi)])
}

/// The correction of var/std: `correction=` wins, else `unbiased` (1 or 0).
fn correction(me: &mut Interp, unbiased: &Value, correction: &Value) -> Res<f64> {
    match correction {
        Value::None => Ok(if me.truthy(unbiased)? { 1.0 } else { 0.0 }),
        v => args::float(v),
    }
}

/// var/std over dims; `a` = (self, dim, unbiased, keepdim, correction).
fn var_std_var(me: &mut Interp, a: &[Value], std: bool) -> Res<Var> {
    let x = this(&a[0])?;
    if !(x.dtype().is_float() || x.dtype().is_complex()) {
        return Err(Exc::new(
            ExcType::NotImplementedError,
            "std and var only support floating point and complex dtypes",
        ));
    }
    // `x.std(False)` is the `unbiased` overload.
    let (dim, unbiased) = match &a[1] {
        Value::Bool(b) => (Value::None, Value::Bool(*b)),
        d => (d.clone(), a[2].clone()),
    };
    let dims = axes(me, &x, &dim)?;
    let c = correction(me, &unbiased, &a[4])?;
    let keep = me.truthy(&a[3])?;
    red::var_std(&x, &dims, keep, c, std).map_err(grad_error)
}

fn var_std(me: &mut Interp, a: &[Value], std: bool) -> Res<Value> {
    let v = var_std_var(me, a, std)?;
    wrap(me, v)
}

/// `torch.std_mean` / `torch.var_mean`: the pair (std or var, mean) over the same dims.
fn with_mean(me: &mut Interp, a: &[Value], std: bool) -> Res<Value> {
    let spread = var_std_var(me, a, std)?;
    let x = this(&a[0])?;
    let dim = if matches!(a[1], Value::Bool(_)) {
        Value::None
    } else {
        a[1].clone()
    };
    let dims = axes(me, &x, &dim)?;
    let keep = me.truthy(&a[3])?;
    let m = aops::mean(&x, Some(&dims), keep).map_err(grad_error)?;
    Ok(Value::tuple(vec![wrap(me, spread)?, wrap(me, m)?]))
}

/// The order of a vector norm: a number, or 'fro' (2).
fn norm_order(v: &Value, name: &str) -> Res<f64> {
    match v {
        Value::Str(s) if &**s == "fro" => Ok(2.0),
        Value::Str(s) => Err(Exc::new(
            ExcType::NotImplementedError,
            format!("{name}: the matrix norm '{s}' is not implemented in nabla yet"),
        )),
        v => args::float(v),
    }
}

/// A vector norm of `x` over `dim` (all when None), floating input only.
pub(super) fn vector_norm(
    me: &mut Interp,
    x: &Var,
    p: f64,
    dim: &Value,
    keepdim: &Value,
    dtype: &Value,
) -> Res<Value> {
    let x = floating(me, x, dtype, |d| {
        format!(
            "linalg.vector_norm: Expected a floating point or complex tensor as input. Got {}",
            tensor_type_name(d)
        )
    })?;
    let dims = axes(me, &x, dim)?;
    if x.t.numel() == 0 && p < 0.0 {
        return Err(Exc::new(
            ExcType::RuntimeError,
            "linalg.vector_norm cannot compute the -inf norm on an empty tensor because the operation does not have an identity",
        ));
    }
    let keep = me.truthy(keepdim)?;
    wrap(
        me,
        red::vector_norm(&x, p, &dims, keep).map_err(grad_error)?,
    )
}

/// `torch.linalg.norm(A, ord=None, dim=None)`: without `ord`, the 2-norm of the flattened input (Frobenius for
/// a matrix); with `ord`, a vector norm of a vector or along one dim (matrix norms are not implemented).
pub(super) fn linalg_norm(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = this(&a[0])?;
    let matrix = match &a[2] {
        Value::None => x.t.ndim() == 2,
        Value::Int(_) => false,
        d => me.collect(d)?.len() == 2,
    };
    let p = match &a[1] {
        Value::None => 2.0,
        Value::Str(s) if &**s == "fro" => 2.0,
        v if !matrix => norm_order(v, "linalg.norm")?,
        _ => {
            return Err(Exc::new(
                ExcType::NotImplementedError,
                "linalg.norm: matrix norms other than 'fro' are not implemented in nabla yet",
            ))
        }
    };
    vector_norm(me, &x, p, &a[2], &a[3], &a[5])
}

fn count_nonzero(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = this(&a[0])?;
    let dims = axes(me, &x, &a[1])?;
    let nz = x.t.astype(DType::Bool).astype(DType::I64);
    let t = crate::tensor::reduce::reduce(crate::tensor::reduce::ReduceOp::Sum, &nz, &dims, false)
        .map_err(tensor_error)?;
    wrap(me, Var::constant(t.cast(DType::I64)))
}

pub const REDUCTION_METHODS: &[Def] = defs! {
    "prod", "self, dim=None, keepdim=False, *, dtype=None", "The product of the elements (along dim).\n\n>>> torch.tensor([2, 3]).prod()\ntensor(6)" => |me, a| prod(me, &a);
    "nansum", "self, dim=None, keepdim=False, *, dtype=None", "The sum, treating NaN as zero.\n\n>>> torch.tensor([1.0, float('nan')]).nansum()\ntensor(1.)" => |me, a| nansum(me, &a);
    "nanmean", "self, dim=None, keepdim=False, *, dtype=None", "The mean of the non-NaN elements.\n\n>>> torch.tensor([1.0, float('nan'), 3.0]).nanmean()\ntensor(2.)" => |me, a| nanmean(me, &a);
    "cumsum", "self, dim, *, dtype=None", "Running sums along dim.\n\n>>> torch.tensor([1, 2, 3]).cumsum(0)\ntensor([1, 3, 6])" => |me, a| scan(me, &a, false);
    "cumprod", "self, dim, *, dtype=None", "Running products along dim.\n\n>>> torch.tensor([1, 2, 3]).cumprod(0)\ntensor([1, 2, 6])" => |me, a| scan(me, &a, true);
    "amax", "self, dim=(), keepdim=False", "The largest values over dims (ties share the gradient).\n\n>>> torch.tensor([[1, 5], [3, 2]]).amax(1)\ntensor([5, 3])" => |me, a| amax(me, &a, true);
    "amin", "self, dim=(), keepdim=False", "The smallest values over dims (ties share the gradient).\n\n>>> torch.tensor([[1, 5], [3, 2]]).amin(1)\ntensor([1, 2])" => |me, a| amax(me, &a, false);
    "aminmax", "self, *, dim=None, keepdim=False", "The smallest and largest values.\n\n>>> torch.tensor([3, 1, 2]).aminmax().max\ntensor(3)" => |me, a| aminmax(me, &a);
    "var", "self, dim=None, unbiased=True, keepdim=False, *, correction=None", "The variance (Bessel-corrected by default).\n\n>>> torch.tensor([1.0, 2.0, 3.0]).var()\ntensor(1.)" => |me, a| var_std(me, &a, false);
    "std", "self, dim=None, unbiased=True, keepdim=False, *, correction=None", "The standard deviation (Bessel-corrected by default).\n\n>>> torch.tensor([1.0, 2.0, 3.0]).std()\ntensor(1.)" => |me, a| var_std(me, &a, true);
    "norm", "self, p='fro', dim=None, keepdim=False, dtype=None", "A vector norm (2 by default).\n\n>>> torch.tensor([3.0, 4.0]).norm()\ntensor(5.)" => |me, a| {
        let x = this(&a[0])?;
        let p = norm_order(&a[1], "norm")?;
        vector_norm(me, &x, p, &a[2], &a[3], &a[4])
    };
    "count_nonzero", "self, dim=None", "The number of nonzero elements (along dims).\n\n>>> torch.tensor([0, 1, 2]).count_nonzero()\ntensor(2)" => |me, a| count_nonzero(me, &a);
};

pub const REDUCTION_FUNCTIONS: &[Def] = defs! {
    "std_mean", "input, dim=None, unbiased=True, keepdim=False, *, correction=None", "The standard deviation and the mean.\n\n>>> torch.std_mean(torch.tensor([1.0, 3.0]))\n(tensor(1.4142), tensor(2.))" => |me, a| with_mean(me, &a, true);
    "var_mean", "input, dim=None, unbiased=True, keepdim=False, *, correction=None", "The variance and the mean.\n\n>>> torch.var_mean(torch.tensor([1.0, 3.0]))\n(tensor(2.), tensor(2.))" => |me, a| with_mean(me, &a, false);
    "dist", "input, other, p=2", "The p-norm of input - other.\n\n>>> torch.dist(torch.tensor([0.0, 0.0]), torch.tensor([3.0, 4.0]))\ntensor(5.)" => |me, a| {
        let d = tensor::binary(me, crate::tensor::ops::BinaryOp::Sub, &a[0], &a[1])?;
        let x = this(&d)?;
        let p = args::float(&a[2])?;
        vector_norm(me, &x, p, &Value::None, &Value::Bool(false), &Value::None)
    };
};

/// Names of `torch` that call the Tensor method of the same name on their first argument.
pub const METHOD_FUNCTIONS: &[&str] = &[
    "nansum",
    "nanmean",
    "cumsum",
    "cumprod",
    "aminmax",
    "norm",
    "count_nonzero",
];
