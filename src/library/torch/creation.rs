//! `torch` functions that make tensors (tensor, zeros, arange, linspace, ...), join them, and the session-wide
//! settings (default dtype, print options).

use super::*;
use crate::autograd::ops as aops;
use crate::interp::exceptions::value_error;
use crate::library::args;
use crate::library::numpy::array::{as_array, to_tensor};

/// The default dtype of data made from Python values: ints int64, floats the default float, complex the default
/// complex, bools bool. NumPy arrays keep their dtype.
pub(super) fn infer(me: &mut Interp, data: &Value, dtype: Option<DType>) -> Res<Tensor> {
    if let Some(v) = as_var(data) {
        return Ok(match dtype {
            Some(d) => v.t.astype(d),
            None => v.t.copy(),
        });
    }
    let from_numpy = as_array(data).is_some();
    let t = to_tensor(me, data, None)?;
    if t.dtype().is_string() {
        return Err(type_error("new(): invalid data type 'str'"));
    }
    let d = match dtype {
        Some(d) => d,
        None if from_numpy => t.dtype(),
        None => match t.dtype() {
            DType::F64 => default_dtype(me),
            DType::C128 => default_dtype(me).to_complex(),
            d => d,
        },
    };
    Ok(t.cast(d))
}

pub use super::device::check_device;

/// `out=`: not supported yet (refused rather than ignored).
pub(super) fn check_out(v: &Value) -> Res<()> {
    if matches!(v, Value::None) {
        return Ok(());
    }
    Err(Exc::new(
        ExcType::NotImplementedError,
        "out= is not implemented for torch functions in nabla yet",
    ))
}

pub(super) fn requires_grad_arg(me: &mut Interp, v: &Value) -> Res<bool> {
    me.truthy(v)
}

/// A new leaf tensor object, checking that only float and complex tensors require grad.
pub(super) fn leaf(me: &mut Interp, t: Tensor, requires_grad: bool) -> Res<Value> {
    let mut v = Var::leaf(t, false);
    if requires_grad {
        v.set_requires_grad(true).map_err(grad_error)?;
    }
    wrap(me, v)
}

/// A shape given as `*size` or as one sequence (`torch.zeros(2, 3)`, `torch.zeros((2, 3))`), before checking
/// that no size is negative.
fn signed_size_args(me: &mut Interp, a: &Value) -> Res<Vec<i64>> {
    let items = me.collect(a)?;
    let items = match items.as_slice() {
        [one] if !matches!(one, Value::Int(_) | Value::Bool(_)) => me.collect(one)?,
        _ => items,
    };
    items.iter().map(|d| args::int(d, "size")).collect()
}

/// A shape given as `*size` or as one sequence, with PyTorch's error for a negative size.
pub fn size_args(me: &mut Interp, a: &Value) -> Res<Vec<usize>> {
    let dims = signed_size_args(me, a)?;
    if let Some(n) = dims.iter().find(|d| **d < 0) {
        let all: Vec<String> = dims.iter().map(|d| d.to_string()).collect();
        return Err(Exc::new(
            ExcType::RuntimeError,
            format!(
                "Trying to create tensor with negative dimension {n}: [{}]",
                all.join(", ")
            ),
        ));
    }
    Ok(dims.iter().map(|&d| d as usize).collect())
}

pub(super) fn filled(
    me: &mut Interp,
    shape: Vec<usize>,
    dtype: Option<DType>,
    value: f64,
    rg: &Value,
) -> Res<Value> {
    let d = dtype.unwrap_or_else(|| default_dtype(me));
    let n: usize = shape.iter().product();
    let t = Tensor::from_vec(vec![value; n], shape).cast(d);
    let rg = requires_grad_arg(me, rg)?;
    leaf(me, t, rg)
}

/// The dtype a fill value gives: bool, int64, or the default float (complex: the default complex).
fn value_dtype(me: &Interp, v: &Value) -> DType {
    match v {
        Value::Bool(_) => DType::Bool,
        Value::Int(_) | Value::BigInt(_) => DType::I64,
        Value::Complex(..) => default_dtype(me).to_complex(),
        _ => as_var(v).map_or_else(|| default_dtype(me), |t| t.dtype()),
    }
}

pub(super) fn number(v: &Value) -> Res<f64> {
    if let Some(t) = as_var(v) {
        return Ok(t.t.get_c(0).0);
    }
    args::float(v)
}

/// `torch.arange`: `start + i * step` computed in double precision, then stored in the result dtype.
fn arange(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let (start, end) = match &a[1] {
        Value::None => (Value::Int(0), a[0].clone()),
        _ => (a[0].clone(), a[1].clone()),
    };
    let step = a[2].clone();
    let all_int = [&start, &end, &step]
        .iter()
        .all(|v| matches!(v, Value::Int(_) | Value::Bool(_)));
    let d = match dtype_arg(me, &a[3])? {
        Some(d) => d,
        None if all_int => DType::I64,
        None => default_dtype(me),
    };
    let (s, e, st) = (number(&start)?, number(&end)?, number(&step)?);
    if st == 0.0 {
        return Err(Exc::new(ExcType::RuntimeError, "step must be nonzero"));
    }
    if (st > 0.0 && s > e) || (st < 0.0 && s < e) {
        return Err(Exc::new(
            ExcType::RuntimeError,
            "upper bound and lower bound inconsistent with step sign",
        ));
    }
    let n = ((e - s) / st).ceil().max(0.0) as usize;
    let v: Vec<f64> = (0..n).map(|i| s + i as f64 * st).collect();
    let t = if d.is_int() {
        Tensor::from_vec(v.iter().map(|x| *x as i64).collect::<Vec<i64>>(), vec![n]).cast(d)
    } else {
        Tensor::from_vec(v, vec![n]).cast(d)
    };
    let rg = requires_grad_arg(me, &a[6])?;
    leaf(me, t, rg)
}

/// The `steps` argument of linspace and logspace.
fn steps_arg(v: &Value) -> Res<usize> {
    let steps = args::int(v, "steps")?;
    usize::try_from(steps).map_err(|_| {
        Exc::new(
            ExcType::RuntimeError,
            "number of steps must be non-negative",
        )
    })
}

/// `n` values from `s` to `e` as ATen's linspace kernel computes them in `T`: the first half forward from
/// `s`, the second half backward from `e` (so both ends are exact); one value is `s`.
fn spaced<T: num_traits::Float>(s: T, e: T, n: usize) -> Vec<T> {
    if n == 1 {
        return vec![s];
    }
    let count = |k: usize| T::from(k).unwrap_or_else(T::nan);
    let step = if n > 1 {
        (e - s) / count(n - 1)
    } else {
        T::zero()
    };
    (0..n)
        .map(|i| {
            if i < n / 2 {
                s + step * count(i)
            } else {
                e - step * count(n - 1 - i)
            }
        })
        .collect()
}

/// `torch.linspace`: PyTorch's kernel computes in the result dtype, the first half forward from `start` and the
/// second half backward from `end` (so both ends are exact).
fn linspace(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let (s, e) = (number(&a[0])?, number(&a[1])?);
    let n = steps_arg(&a[2])?;
    let d = dtype_arg(me, &a[3])?.unwrap_or_else(|| default_dtype(me));
    let t = if d == DType::F32 {
        Tensor::from_vec(spaced(s as f32, e as f32, n), vec![n])
    } else {
        Tensor::from_vec(spaced(s, e, n), vec![n]).cast(d)
    };
    let rg = requires_grad_arg(me, &a[5])?;
    leaf(me, t, rg)
}

/// `torch.logspace`: ATen's kernel raises `base` to linspace's values, the first half stepped forward from
/// `start` and the second half back from `end`, in the result's precision (integers: in double, from the
/// truncated start, end and base).
fn logspace(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let (mut s, mut e) = (number(&a[0])?, number(&a[1])?);
    let n = steps_arg(&a[2])?;
    let mut base = args::float(&a[3])?;
    let d = dtype_arg(me, &a[5])?.unwrap_or_else(|| default_dtype(me));
    if d.is_int() {
        (s, e, base) = (s.trunc(), e.trunc(), base.trunc());
    }
    let t = if d == DType::F32 {
        let base = base as f32;
        let v = spaced(s as f32, e as f32, n)
            .into_iter()
            .map(|x| base.powf(x))
            .collect();
        Tensor::from_vec::<f32>(v, vec![n])
    } else {
        let v = spaced(s, e, n).into_iter().map(|x| base.powf(x)).collect();
        Tensor::from_vec::<f64>(v, vec![n]).cast(d)
    };
    let rg = requires_grad_arg(me, &a[8])?;
    leaf(me, t, rg)
}

fn eye(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let n = args::int(&a[0], "n")?.max(0) as usize;
    let m = match &a[1] {
        Value::None => n,
        v => args::int(v, "m")?.max(0) as usize,
    };
    let mut v = vec![0.0; n * m];
    for i in 0..n.min(m) {
        v[i * m + i] = 1.0;
    }
    let d = dtype_arg(me, &a[2])?.unwrap_or_else(|| default_dtype(me));
    let rg = requires_grad_arg(me, &a[4])?;
    leaf(me, Tensor::from_vec(v, vec![n, m]).cast(d), rg)
}

/// `zeros_like` and friends: the shape and dtype of `a[0]` unless `dtype=` says otherwise.
fn like(me: &mut Interp, a: &[Value], value: Option<&Value>, fill: f64) -> Res<Value> {
    let src = this(&a[0])?;
    let d = dtype_arg(me, &a[1])?.unwrap_or(src.dtype());
    let fill = match value {
        Some(v) => number(v)?,
        None => fill,
    };
    filled(me, src.t.shape.clone(), Some(d), fill, &a[3])
}

/// Tensors for `torch.cat`/`torch.stack`, all cast to their common dtype.
pub(super) fn tensor_list(me: &mut Interp, v: &Value) -> Res<(Vec<Var>, DType)> {
    let items = me.collect(v)?;
    let vars: Vec<Var> = items
        .iter()
        .map(|x| {
            as_var(x).ok_or_else(|| {
                type_error(format!(
                    "expected Tensor as element 0 in argument 0, but got {}",
                    x.type_name()
                ))
            })
        })
        .collect::<Res<_>>()?;
    let d = vars
        .iter()
        .map(|v| v.dtype())
        .reduce(crate::tensor::dtype::torch_promote)
        .ok_or_else(|| {
            Exc::new(
                ExcType::ValueError,
                "torch.cat(): expected a non-empty list of Tensors",
            )
        })?;
    Ok((vars, d))
}

/// `torch.cat(tensors, dim=0, *, out=None)` (also `concat` and `concatenate`).
pub(super) fn cat(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    check_out(&a[2])?;
    let (vars, d) = tensor_list(me, &a[0])?;
    let dim = dim_arg(&a[1], vars[0].t.ndim())?;
    let out = aops::cat(&vars, dim, d).map_err(grad_error)?;
    wrap(me, out)
}

fn dim_arg(v: &Value, ndim: usize) -> Res<usize> {
    let d = args::int(v, "dim")?;
    let n = ndim as i64;
    if d < -n || d >= n.max(1) {
        return Err(Exc::new(
            ExcType::IndexError,
            format!(
                "Dimension out of range (expected to be in range of [{}, {}], but got {d})",
                -n.max(1),
                n.max(1) - 1
            ),
        ));
    }
    Ok(if d < 0 { (d + n) as usize } else { d as usize })
}

pub const FUNCTIONS: &[Def] = &[
    Def {
        name: "tensor",
        sig: "data, *, dtype=None, device=None, requires_grad=False, pin_memory=False",
        doc: "A new tensor holding a copy of data (ints become int64, floats the default dtype).\n\n>>> torch.tensor([1.0, 2.0])\ntensor([1., 2.])",
        func: |me, a| {
            let d = dtype_arg(me, &a[1])?;
            check_device(&a[2])?;
            let t = infer(me, &a[0], d)?;
            let rg = requires_grad_arg(me, &a[3])?;
            leaf(me, t, rg)
        },
    },
    Def {
        name: "as_tensor",
        sig: "data, dtype=None, device=None",
        doc: "The data as a tensor, without a copy when it already is one of that dtype.\n\n>>> torch.as_tensor([1, 2])\ntensor([1, 2])",
        func: |me, a| {
            let d = dtype_arg(me, &a[1])?;
            if let Some(v) = as_var(&a[0]) {
                if d.is_none_or(|d| d == v.dtype()) {
                    return Ok(a[0].clone());
                }
            }
            // An array of the dtype asked for shares its memory, as torch.from_numpy does.
            if let Some((t, false)) = as_array(&a[0]) {
                if d.is_none_or(|d| d == t.dtype()) {
                    return wrap(me, Var::leaf(t, false));
                }
            }
            let t = infer(me, &a[0], d)?;
            leaf(me, t, false)
        },
    },
    Def {
        name: "zeros",
        sig: "*size, out=None, dtype=None, layout=None, device=None, requires_grad=False",
        doc: "A tensor of zeros.\n\n>>> torch.zeros(2, 3)\ntensor([[0., 0., 0.],\n        [0., 0., 0.]])",
        func: |me, a| {
            check_out(&a[1])?;
            check_device(&a[4])?;
            // zeros checks sizes itself, with its own message.
            if signed_size_args(me, &a[0])?.iter().any(|d| *d < 0) {
                return Err(Exc::new(
                    ExcType::RuntimeError,
                    "zeros: Dimension size must be non-negative.",
                ));
            }
            let shape = size_args(me, &a[0])?;
            let d = dtype_arg(me, &a[2])?;
            filled(me, shape, d, 0.0, &a[5])
        },
    },
    Def {
        name: "ones",
        sig: "*size, out=None, dtype=None, layout=None, device=None, requires_grad=False",
        doc: "A tensor of ones.\n\n>>> torch.ones(2)\ntensor([1., 1.])",
        func: |me, a| {
            check_out(&a[1])?;
            check_device(&a[4])?;
            let shape = size_args(me, &a[0])?;
            let d = dtype_arg(me, &a[2])?;
            filled(me, shape, d, 1.0, &a[5])
        },
    },
    Def {
        name: "empty",
        sig: "*size, out=None, dtype=None, layout=None, device=None, requires_grad=False",
        doc: "A new tensor (nabla fills it with zeros).\n\n>>> torch.empty(2).shape\ntorch.Size([2])",
        func: |me, a| {
            check_out(&a[1])?;
            check_device(&a[4])?;
            let shape = size_args(me, &a[0])?;
            let d = dtype_arg(me, &a[2])?;
            filled(me, shape, d, 0.0, &a[5])
        },
    },
    Def {
        name: "full",
        sig: "size, fill_value, *, out=None, dtype=None, layout=None, device=None, requires_grad=False",
        doc: "A tensor filled with fill_value (its dtype follows the value).\n\n>>> torch.full((2,), 7)\ntensor([7, 7])",
        func: |me, a| {
            check_out(&a[2])?;
            check_device(&a[5])?;
            let shape = size_args(me, &a[0])?;
            let d = dtype_arg(me, &a[3])?.unwrap_or_else(|| value_dtype(me, &a[1]));
            let v = number(&a[1])?;
            filled(me, shape, Some(d), v, &a[6])
        },
    },
    Def {
        name: "arange",
        sig: "start, end=None, step=1, *, out=None, dtype=None, layout=None, device=None, requires_grad=False",
        doc: "Values from start to end (exclusive) by step.\n\n>>> torch.arange(4)\ntensor([0, 1, 2, 3])",
        func: |me, a| {
            check_out(&a[3])?;
            check_device(&a[6])?;
            let b = vec![a[0].clone(), a[1].clone(), a[2].clone(), a[4].clone(), a[5].clone(), a[6].clone(), a[7].clone()];
            arange(me, b)
        },
    },
    Def {
        name: "linspace",
        sig: "start, end, steps, *, out=None, dtype=None, layout=None, device=None, requires_grad=False",
        doc: "steps values evenly spaced from start to end.\n\n>>> torch.linspace(0, 1, 5)\ntensor([0.0000, 0.2500, 0.5000, 0.7500, 1.0000])",
        func: |me, a| {
            check_out(&a[3])?;
            check_device(&a[6])?;
            let b = vec![a[0].clone(), a[1].clone(), a[2].clone(), a[4].clone(), a[5].clone(), a[7].clone()];
            linspace(me, b)
        },
    },
    Def {
        name: "logspace",
        sig: "start, end, steps, base=10.0, *, out=None, dtype=None, layout=None, device=None, requires_grad=False",
        doc: "steps values from base**start to base**end, evenly spaced in the exponent.\n\n>>> torch.logspace(0, 2, 3)\ntensor([  1.,  10., 100.])",
        func: |me, a| {
            check_out(&a[4])?;
            check_device(&a[7])?;
            logspace(me, &a)
        },
    },
    Def {
        name: "eye",
        sig: "n, m=None, *, out=None, dtype=None, layout=None, device=None, requires_grad=False",
        doc: "The identity matrix.\n\n>>> torch.eye(2)\ntensor([[1., 0.],\n        [0., 1.]])",
        func: |me, a| {
            check_out(&a[2])?;
            check_device(&a[5])?;
            eye(me, vec![a[0].clone(), a[1].clone(), a[3].clone(), a[5].clone(), a[6].clone()])
        },
    },
    Def {
        name: "zeros_like",
        sig: "input, *, dtype=None, layout=None, requires_grad=False, device=None, memory_format=None",
        doc: "Zeros shaped like input.\n\n>>> torch.zeros_like(torch.ones(2))\ntensor([0., 0.])",
        func: |me, a| {
            check_device(&a[4])?;
            like(me, &[a[0].clone(), a[1].clone(), Value::None, a[3].clone()], None, 0.0)
        },
    },
    Def {
        name: "ones_like",
        sig: "input, *, dtype=None, layout=None, requires_grad=False, device=None, memory_format=None",
        doc: "Ones shaped like input.\n\n>>> torch.ones_like(torch.zeros(2))\ntensor([1., 1.])",
        func: |me, a| {
            check_device(&a[4])?;
            like(me, &[a[0].clone(), a[1].clone(), Value::None, a[3].clone()], None, 1.0)
        },
    },
    Def {
        name: "empty_like",
        sig: "input, *, dtype=None, layout=None, requires_grad=False, device=None, memory_format=None",
        doc: "A new tensor shaped like input (nabla fills it with zeros).\n\n>>> torch.empty_like(torch.ones(2)).shape\ntorch.Size([2])",
        func: |me, a| {
            check_device(&a[4])?;
            like(me, &[a[0].clone(), a[1].clone(), Value::None, a[3].clone()], None, 0.0)
        },
    },
    Def {
        name: "full_like",
        sig: "input, fill_value, *, dtype=None, layout=None, requires_grad=False, device=None, memory_format=None",
        doc: "fill_value shaped like input.\n\n>>> torch.full_like(torch.ones(2), 3.5)\ntensor([3.5000, 3.5000])",
        func: |me, a| {
            check_device(&a[5])?;
            like(me, &[a[0].clone(), a[2].clone(), Value::None, a[4].clone()], Some(&a[1]), 0.0)
        },
    },
    Def {
        name: "get_default_dtype",
        sig: "",
        doc: "The dtype of new float tensors.\n\n>>> torch.get_default_dtype()\ntorch.float32",
        func: |me, _| dtype_value(me, default_dtype(me)),
    },
    Def {
        name: "set_default_dtype",
        sig: "d, /",
        doc: "Set the dtype of new float tensors (float32 or float64).\n\n>>> torch.set_default_dtype(torch.float32)",
        func: |me, a| {
            let Some(d) = dtype_arg(me, &a[0])? else {
                return Err(type_error("set_default_dtype() expects a torch.dtype"));
            };
            if !d.is_float() {
                return Err(type_error("only floating-point types are supported as the default type"));
            }
            with_state(me, |s| s.default_dtype.set(d))?;
            Ok(Value::None)
        },
    },
    Def {
        name: "set_printoptions",
        sig: "precision=None, threshold=None, edgeitems=None, linewidth=None, profile=None, sci_mode=None",
        doc: "Set how tensors print (PyTorch's options).\n\n>>> torch.set_printoptions(precision=4)",
        func: set_printoptions,
    },
    Def {
        name: "is_tensor",
        sig: "obj, /",
        doc: "Whether obj is a tensor.\n\n>>> torch.is_tensor(torch.ones(1))\nTrue",
        func: |_, a| Ok(Value::Bool(as_var(&a[0]).is_some())),
    },
    Def {
        name: "numel",
        sig: "input, /",
        doc: "The number of elements.\n\n>>> torch.numel(torch.ones(2, 3))\n6",
        func: |_, a| Ok(Value::Int(this(&a[0])?.t.numel() as i64)),
    },
    Def {
        name: "cat",
        sig: "tensors, dim=0, *, out=None",
        doc: "Join tensors along an existing dimension.\n\n>>> torch.cat([torch.ones(1), torch.zeros(1)])\ntensor([1., 0.])",
        func: cat,
    },
    Def {
        name: "stack",
        sig: "tensors, dim=0, *, out=None",
        doc: "Join tensors along a new dimension.\n\n>>> torch.stack([torch.ones(2), torch.zeros(2)]).shape\ntorch.Size([2, 2])",
        func: |me, a| {
            check_out(&a[2])?;
            let (vars, d) = tensor_list(me, &a[0])?;
            let dim = dim_arg(&a[1], vars[0].t.ndim() + 1)?;
            let out = aops::stack(&vars, dim, d).map_err(grad_error)?;
            wrap(me, out)
        },
    },
    Def {
        name: "from_numpy",
        sig: "ndarray, /",
        doc: "A tensor sharing the array's memory.\n\n>>> torch.from_numpy(np.array([1, 2]))\ntensor([1, 2])",
        func: |me, a| {
            let Some((t, _)) = as_array(&a[0]) else {
                return Err(type_error(format!("expected np.ndarray (got {})", a[0].type_name())));
            };
            wrap(me, Var::leaf(t, false))
        },
    },
];

fn set_printoptions(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let opt_int = |v: &Value, name: &str| -> Res<Option<i64>> {
        match v {
            Value::None => Ok(None),
            v => args::int(v, name).map(Some),
        }
    };
    let precision = opt_int(&a[0], "precision")?;
    let threshold = match &a[1] {
        Value::None => None,
        v => Some(args::float(v)?),
    };
    let edgeitems = opt_int(&a[2], "edgeitems")?;
    let linewidth = opt_int(&a[3], "linewidth")?;
    let profile = args::opt_string(&a[4], "profile")?;
    let sci = match &a[5] {
        Value::None => None,
        v => Some(me.truthy(v)?),
    };
    if precision.is_some_and(|p| p < 0) || edgeitems.is_some_and(|e| e < 0) {
        return Err(value_error("precision and edgeitems must be non-negative"));
    }
    with_state(me, |s| {
        // A profile puts every option back to its preset, the line width included.
        if linewidth.is_some() {
            s.linewidth_chosen.set(true);
        } else if profile.is_some() {
            s.linewidth_chosen.set(false);
        }
        s.print.borrow_mut().set(
            profile.as_deref(),
            precision.map(|p| p as usize),
            threshold,
            edgeitems.map(|e| e as usize),
            linewidth,
            sci,
        )
    })?;
    Ok(Value::None)
}
