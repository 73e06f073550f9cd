//! The reduction methods of ndarray (sum, prod, max, min, argmax, argmin, all, any, mean, var, std) with NumPy's
//! full signatures (dtype, out, keepdims, initial, where, ddof, mean, correction), and the `np.<name>` functions
//! that forward to them.

use super::array::*;
use super::methods::{arg_tensor, axes_arg, this};
use crate::interp::exceptions::{type_error, value_error};
use crate::interp::value::*;
use crate::interp::Interp;
use crate::library::args;
use crate::library::Def;
use crate::tensor::dtype::{DType, Kind};
use crate::tensor::error::TensorError;
use crate::tensor::ops::{self, BinaryOp, UnaryOp};
use crate::tensor::reduce::{reduce, ReduceOp};
use crate::tensor::Tensor;

fn given(v: &Value) -> bool {
    !matches!(v, Value::None)
}

/// `t` with the elements outside the `where=` mask replaced by `fill` (the reduction's identity), so that a
/// plain reduction then ignores them. `where=True` (the default) keeps `t`.
fn masked(me: &mut Interp, t: &Tensor, where_: &Value, fill: &Value) -> Res<Tensor> {
    if matches!(where_, Value::Bool(true)) {
        return Ok(t.clone());
    }
    let m = arg_tensor(me, where_)?.cast(DType::Bool);
    let m = m
        .broadcast_to(&t.shape)
        .map_err(tensor_error)?
        .to_vec::<bool>();
    let d = t.dtype();
    let fill = to_tensor(me, fill, None)?.cast(d);
    Ok(crate::with_dtype!(d, T => {
        let f = fill.to_vec::<T>()[0];
        let v: Vec<T> = t.to_vec::<T>().into_iter().zip(m).map(|(x, keep)| if keep { x } else { f }).collect();
        Tensor::from_vec(v, t.shape.clone())
    }))
}

/// The number of elements the `where=` mask keeps along `axes` (float64, shaped like the reduction's result).
fn mask_count(
    me: &mut Interp,
    t: &Tensor,
    where_: &Value,
    axes: &[usize],
    keep: bool,
) -> Res<Tensor> {
    if matches!(where_, Value::Bool(true)) {
        return Ok(Tensor::from_vec(vec![reduced_size(t, axes) as f64], vec![]));
    }
    let m = arg_tensor(me, where_)?.cast(DType::Bool);
    let m = m.broadcast_to(&t.shape).map_err(tensor_error)?;
    let c = reduce(ReduceOp::Sum, &m, axes, keep).map_err(tensor_error)?;
    Ok(c.astype(DType::F64))
}

/// Deliver a result: into `out=` when given (returning `out`), else as an array or a NumPy scalar.
fn finish(me: &mut Interp, r: Tensor, out: &Value) -> Res<Value> {
    if !given(out) {
        return wrap_result(me, r);
    }
    let Some((o, _)) = as_array(out) else {
        return Err(type_error("output must be an array"));
    };
    if o.shape != r.shape {
        return Err(value_error(format!(
            "output parameter for reduction operation has the wrong number of dimensions: Found {} but expected {}",
            o.ndim(),
            r.ndim()
        )));
    }
    o.assign(&r.cast(o.dtype())).map_err(tensor_error)?;
    Ok(out.clone())
}

fn reduced_size(t: &Tensor, axes: &[usize]) -> usize {
    axes.iter().map(|&a| t.shape[a]).product()
}

/// sum/prod: `self, axis, dtype, out, keepdims, initial, where`.
fn sum_prod(me: &mut Interp, op: ReduceOp, a: &[Value]) -> Res<Value> {
    let t = this(&a[0])?;
    let dtype = parse_dtype(me, &a[2])?;
    let t = match dtype {
        Some(d) => t.cast(d),
        None => t,
    };
    let identity = Value::Int(if op == ReduceOp::Sum { 0 } else { 1 });
    let t = masked(me, &t, &a[6], &identity)?;
    let axes = axes_arg(&a[1], t.ndim())?;
    let mut r = reduce(op, &t, &axes, me.truthy(&a[4])?).map_err(tensor_error)?;
    super::errstate::check_reduction(me, &t, &r)?;
    if let Some(d) = dtype {
        r = r.cast(d);
    }
    if given(&a[5]) {
        let init = to_tensor(me, &a[5], None)?;
        let d = crate::tensor::dtype::promote(r.dtype(), init.dtype());
        let bop = if op == ReduceOp::Sum {
            BinaryOp::Add
        } else {
            BinaryOp::Mul
        };
        r = ops::binary(bop, &r, &init, d)
            .map_err(tensor_error)?
            .cast(r.dtype());
    }
    finish(me, r, &a[3])
}

/// max/min: `self, axis, out, keepdims, initial, where`.
fn max_min(me: &mut Interp, op: ReduceOp, a: &[Value]) -> Res<Value> {
    let t = this(&a[0])?;
    let name = if op == ReduceOp::Max {
        "maximum"
    } else {
        "minimum"
    };
    let has_initial = given(&a[4]);
    if !matches!(a[5], Value::Bool(true)) && !has_initial {
        return Err(value_error(format!(
            "reduction operation '{name}' does not have an identity, so to use a where mask one has to specify 'initial'"
        )));
    }
    let t = if has_initial {
        masked(me, &t, &a[5], &a[4])?
    } else {
        t
    };
    let axes = axes_arg(&a[1], t.ndim())?;
    let keep = me.truthy(&a[3])?;
    let r = if has_initial {
        let init = to_tensor(me, &a[4], None)?.cast(t.dtype());
        if reduced_size(&t, &axes) == 0 {
            let spec: Vec<isize> = (0..t.ndim())
                .filter(|ax| keep || !axes.contains(ax))
                .map(|ax| {
                    if axes.contains(&ax) {
                        1
                    } else {
                        t.shape[ax] as isize
                    }
                })
                .collect();
            let shape: Vec<usize> = spec.iter().map(|d| *d as usize).collect();
            init.broadcast_to(&shape).map_err(tensor_error)?.copy()
        } else {
            let r = reduce(op, &t, &axes, keep).map_err(tensor_error)?;
            let bop = if op == ReduceOp::Max {
                BinaryOp::Maximum
            } else {
                BinaryOp::Minimum
            };
            ops::binary(bop, &r, &init, t.dtype()).map_err(tensor_error)?
        }
    } else {
        reduce(op, &t, &axes, keep).map_err(tensor_error)?
    };
    finish(me, r, &a[2])
}

/// argmax/argmin: `self, axis, out, *, keepdims` (axis None: over the flattened array).
fn arg_extreme(me: &mut Interp, op: ReduceOp, a: &[Value]) -> Res<Value> {
    let t = this(&a[0])?;
    let keep = me.truthy(&a[3])?;
    let r = if matches!(a[1], Value::None) {
        let flat = t.reshape(&[-1]).map_err(tensor_error)?;
        let r = reduce(op, &flat, &[0], false).map_err(tensor_error)?;
        if keep {
            r.reshape(&vec![1; t.ndim()]).map_err(tensor_error)?
        } else {
            r
        }
    } else {
        let axes = axes_arg(&a[1], t.ndim())?;
        reduce(op, &t, &axes, keep).map_err(tensor_error)?
    };
    finish(me, r, &a[2])
}

/// all/any: `self, axis, out, keepdims, *, where`.
fn all_any(me: &mut Interp, op: ReduceOp, a: &[Value]) -> Res<Value> {
    let t = this(&a[0])?.cast(DType::Bool);
    let t = masked(me, &t, &a[4], &Value::Bool(op == ReduceOp::All))?;
    let axes = axes_arg(&a[1], t.ndim())?;
    let r = reduce(op, &t, &axes, me.truthy(&a[3])?).map_err(tensor_error)?;
    finish(me, r, &a[2])
}

/// The dtype NumPy's mean computes in: float64 for integers and bools, float32 for float16, else the input's
/// own; `dtype=` overrides it.
fn mean_dtype(d: DType, requested: Option<DType>) -> DType {
    if let Some(r) = requested {
        return r;
    }
    match d.kind() {
        Kind::Bool | Kind::Int => DType::F64,
        _ if d == DType::F16 => DType::F32,
        _ => d,
    }
}

/// The mean of `t` over `axes` computed in `d`, divided by `count` (the kept elements per result).
fn mean_in(
    t: &Tensor,
    axes: &[usize],
    keep: bool,
    d: DType,
    count: &Tensor,
) -> Result<Tensor, TensorError> {
    let sum = reduce(ReduceOp::Sum, &t.cast(d), axes, keep)?;
    let sum = if sum.dtype() == d { sum } else { sum.astype(d) };
    if !d.is_float() && !d.is_complex() {
        // An integer dtype= sums in that dtype, divides in float64 and casts back (unsafe), as NumPy does.
        let q = ops::binary(
            BinaryOp::Div,
            &sum.cast(DType::F64),
            &count.cast(DType::F64),
            DType::F64,
        )?;
        return Ok(q.astype(d));
    }
    let cd = if d.is_complex() { d.real() } else { d };
    ops::binary(BinaryOp::Div, &sum, &count.cast(cd), d)
}

/// Sum of squared deviations from `mean` (|x - m|² for complex, as NumPy's `x * conj(x)` real part), over
/// `axes`, in the float dtype of the mean.
fn sum_sq_dev(
    t: &Tensor,
    mean: &Tensor,
    axes: &[usize],
    keep: bool,
) -> Result<Tensor, TensorError> {
    let d = mean.dtype();
    let dev = ops::binary(BinaryOp::Sub, &t.cast(d), mean, d)?;
    let sq = if d.is_complex() {
        let z = dev.astype(DType::C128);
        let v: Vec<f64> = z
            .to_vec::<crate::tensor::element::C64>()
            .iter()
            .map(|c| c.re * c.re + c.im * c.im)
            .collect();
        Tensor::from_vec(v, z.shape.clone()).astype(d.real())
    } else {
        ops::binary(BinaryOp::Mul, &dev, &dev, d)?
    };
    reduce(ReduceOp::Sum, &sq, axes, keep)
}

/// mean: `self, axis, dtype, out, keepdims, *, where`.
fn mean_method(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let t = this(&a[0])?;
    let requested = parse_dtype(me, &a[2])?;
    let axes = axes_arg(&a[1], t.ndim())?;
    let keep = me.truthy(&a[4])?;
    let d = mean_dtype(t.dtype(), requested);
    let count = mask_count(me, &t, &a[5], &axes, keep)?;
    let src = masked(me, &t, &a[5], &Value::Int(0))?;
    let mut r = mean_in(&src, &axes, keep, d, &count).map_err(tensor_error)?;
    if t.dtype() == DType::F16 && requested.is_none() {
        r = r.astype(DType::F16);
    }
    finish(me, r, &a[3])
}

/// var/std: `self, axis, dtype, out, ddof, keepdims, *, where, mean, correction`.
fn var_std(me: &mut Interp, a: &[Value], root: bool) -> Res<Value> {
    let t = this(&a[0])?;
    let requested = parse_dtype(me, &a[2])?;
    let axes = axes_arg(&a[1], t.ndim())?;
    let keep = me.truthy(&a[5])?;
    let ddof = if given(&a[8]) {
        if !matches!(a[4], Value::Int(0)) {
            return Err(value_error(
                "ddof and correction can't be provided simultaneously.",
            ));
        }
        args::float(&a[8])?
    } else {
        args::float(&a[4])?
    };
    let d = mean_dtype(t.dtype(), requested);
    let count = mask_count(me, &t, &a[6], &axes, true)?;
    let mean = if given(&a[7]) {
        to_tensor(me, &a[7], None)?.cast(d)
    } else {
        let src = masked(me, &t, &a[6], &Value::Int(0))?;
        mean_in(&src, &axes, true, d, &count).map_err(tensor_error)?
    };
    // Elements outside the mask take the mean's value, so their deviation is zero.
    let src = t.cast(d);
    let dev_src = if matches!(a[6], Value::Bool(true)) {
        src
    } else {
        let keep_mask = arg_tensor(me, &a[6])?
            .cast(DType::Bool)
            .broadcast_to(&src.shape)
            .map_err(tensor_error)?
            .to_vec::<bool>();
        let mb = mean.broadcast_to(&src.shape).map_err(tensor_error)?;
        crate::with_dtype!(d, T => {
            let v: Vec<T> = src.to_vec::<T>().into_iter().zip(mb.to_vec::<T>()).zip(keep_mask)
                .map(|((x, m), k)| if k { x } else { m }).collect();
            Tensor::from_vec(v, src.shape.clone())
        })
    };
    let sum = sum_sq_dev(&dev_src, &mean, &axes, keep).map_err(tensor_error)?;
    let rd = sum.dtype();
    let count = if keep {
        count
    } else {
        mask_count(me, &t, &a[6], &axes, false)?
    };
    let ddof_t = Tensor::from_vec(vec![ddof], vec![]);
    let denom = ops::binary(BinaryOp::Sub, &count, &ddof_t, DType::F64).map_err(tensor_error)?;
    let denom = ops::binary(
        BinaryOp::Maximum,
        &denom,
        &Tensor::from_vec(vec![0.0], vec![]),
        DType::F64,
    )
    .map_err(tensor_error)?
    .cast(rd);
    let mut r = ops::binary(BinaryOp::Div, &sum, &denom, rd).map_err(tensor_error)?;
    if root {
        r = ops::unary(UnaryOp::Sqrt, &r, rd).map_err(tensor_error)?;
    }
    if t.dtype() == DType::F16 && requested.is_none() {
        r = r.astype(DType::F16);
    }
    finish(me, r, &a[3])
}

macro_rules! defs {
    ($($name:literal, $sig:literal, $doc:literal => $f:expr;)*) => {
        &[$(Def { name: $name, sig: $sig, doc: $doc, func: $f }),*]
    };
}

/// The reduction methods of ndarray and the NumPy scalars.
pub const REDUCTION_METHODS: &[Def] = defs! {
    "sum", "self, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=True", "Sum of elements (pairwise, as NumPy).\n\n>>> np.array([[1, 2], [3, 4]]).sum(axis=0)\narray([4, 6])" => |me, a| sum_prod(me, ReduceOp::Sum, &a);
    "prod", "self, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=True", "Product of elements.\n\n>>> np.array([1, 2, 3, 4]).prod()\nnp.int64(24)" => |me, a| sum_prod(me, ReduceOp::Prod, &a);
    "max", "self, axis=None, out=None, keepdims=False, initial=None, where=True", "Maximum (NaN propagates).\n\n>>> np.array([3, 7, 5]).max()\nnp.int64(7)" => |me, a| max_min(me, ReduceOp::Max, &a);
    "min", "self, axis=None, out=None, keepdims=False, initial=None, where=True", "Minimum (NaN propagates).\n\n>>> np.array([3, 7, 5]).min()\nnp.int64(3)" => |me, a| max_min(me, ReduceOp::Min, &a);
    "argmax", "self, axis=None, out=None, *, keepdims=False", "Index of the maximum (of the flattened array when axis is None).\n\n>>> np.array([3, 7, 5]).argmax()\nnp.int64(1)" => |me, a| arg_extreme(me, ReduceOp::ArgMax, &a);
    "argmin", "self, axis=None, out=None, *, keepdims=False", "Index of the minimum.\n\n>>> np.array([3, 7, 5]).argmin()\nnp.int64(0)" => |me, a| arg_extreme(me, ReduceOp::ArgMin, &a);
    "all", "self, axis=None, out=None, keepdims=False, *, where=True", "Whether all elements are true.\n\n>>> np.array([1, 0]).all()\nnp.False_" => |me, a| all_any(me, ReduceOp::All, &a);
    "any", "self, axis=None, out=None, keepdims=False, *, where=True", "Whether any element is true.\n\n>>> np.array([1, 0]).any()\nnp.True_" => |me, a| all_any(me, ReduceOp::Any, &a);
    "mean", "self, axis=None, dtype=None, out=None, keepdims=False, *, where=True", "Arithmetic mean.\n\n>>> np.array([1, 2, 4]).mean()\nnp.float64(2.3333333333333335)" => |me, a| mean_method(me, &a);
    "var", "self, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=True, mean=None, correction=None", "Variance (ddof=0 by default).\n\n>>> np.array([1., 2., 3.]).var()\nnp.float64(0.6666666666666666)" => |me, a| var_std(me, &a, false);
    "std", "self, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=True, mean=None, correction=None", "Standard deviation (ddof=0 by default).\n\n>>> np.array([1., 3.]).std()\nnp.float64(1.0)" => |me, a| var_std(me, &a, true);
};

/// The `np.<name>` reductions: each forwards its arguments to the method of the same name.
pub const REDUCTION_NAMES: &[&str] = &[
    "sum", "prod", "max", "min", "argmax", "argmin", "all", "any", "mean", "std", "var",
];

/// The doc of the function `np.<name>` (and of the aliases amax, amin); the arguments are those of the ndarray
/// method of the name.
pub fn function_doc(name: &str) -> &'static str {
    match name {
        "sum" => "Sum of array elements over the given axes (all by default).\n\n>>> np.sum([[1, 2], [3, 4]])\nnp.int64(10)\n>>> np.sum([[1, 2], [3, 4]], axis=0)\narray([4, 6])\n>>> np.sum([0.5, 1.5], dtype=np.int32)\nnp.int32(1)",
        "prod" => "Product of array elements over the given axes.\n\n>>> np.prod([1, 2, 3, 4])\nnp.int64(24)\n>>> np.prod([[1, 2], [3, 4]], axis=1)\narray([ 2, 12])",
        "max" => "The maximum along an axis (np.amax).\n\n>>> np.max([[1, 5], [3, 2]])\nnp.int64(5)\n>>> np.max([[1, 5], [3, 2]], axis=0)\narray([3, 5])",
        "min" => "The minimum along an axis (np.amin).\n\n>>> np.min([[1, 5], [3, 2]])\nnp.int64(1)\n>>> np.min([[1, 5], [3, 2]], axis=1)\narray([1, 2])",
        "argmax" => "The indices of the maximum values along an axis (of the ravel by default).\n\n>>> np.argmax([3, 7, 1])\nnp.int64(1)\n>>> np.argmax([[1, 5], [3, 2]], axis=0)\narray([1, 0])",
        "argmin" => "The indices of the minimum values along an axis (of the ravel by default).\n\n>>> np.argmin([3, 7, 1])\nnp.int64(2)",
        "all" => "Whether all elements along an axis are true.\n\n>>> np.all([True, False])\nnp.False_\n>>> np.all([[1, 1], [0, 1]], axis=0)\narray([False,  True])",
        "any" => "Whether any element along an axis is true.\n\n>>> np.any([0, 0, 3])\nnp.True_\n>>> np.any([[0, 0], [0, 1]], axis=1)\narray([False,  True])",
        "mean" => "The arithmetic mean along an axis.\n\n>>> np.mean([1, 2, 3, 4])\nnp.float64(2.5)\n>>> np.mean([[1, 2], [3, 4]], axis=0)\narray([2., 3.])",
        "std" => "The standard deviation along an axis (ddof: delta degrees of freedom).\n\n>>> np.std([1.0, 2.0, 3.0, 4.0])\nnp.float64(1.118033988749895)\n>>> np.std([1.0, 2.0, 3.0, 4.0], ddof=1)\nnp.float64(1.2909944487358056)",
        "var" => "The variance along an axis (ddof: delta degrees of freedom).\n\n>>> np.var([1.0, 2.0, 3.0, 4.0])\nnp.float64(1.25)",
        "amax" => "The maximum along an axis (np.max).\n\n>>> np.amax([[1, 5], [3, 2]], axis=1)\narray([5, 3])",
        "amin" => "The minimum along an axis (np.min).\n\n>>> np.amin([[1, 5], [3, 2]], axis=1)\narray([1, 2])",
        _ => "Reduction over the given axes; the arguments are those of the ndarray method of this name.",
    }
}

pub fn reduce_function(me: &mut Interp, tag: u32, a: Vec<Value>) -> Res<Value> {
    let name = REDUCTION_NAMES[tag as usize];
    // NumPy hands a tensor to its own method of that name (`np.sum(t)` is `t.sum()`, still a tensor).
    if crate::library::torch::as_var(&a[0]).is_some() {
        return crate::library::args::call_method(me, &a[0], name, &a[1], &a[2]);
    }
    let arr = match as_array(&a[0]) {
        Some(_) => a[0].clone(),
        None => {
            let t = arg_tensor(me, &a[0])?;
            wrap_array(me, t)?
        }
    };
    crate::library::args::call_method(me, &arr, name, &a[1], &a[2])
}
