//! Joining arrays: `concatenate` (`concat`) and `stack`, with NumPy's `out=`, `dtype=` and `casting=`.

use super::array::*;
use super::check_casting;
use super::methods::{arg_tensor, axes_arg};
use crate::interp::exceptions::{type_error, value_error, Exc};
use crate::interp::value::*;
use crate::interp::Interp;
use crate::library::Def;
use crate::tensor::dtype::{promote, DType};
use crate::tensor::layout::{multi_sorted_perm, Order};
use crate::tensor::Tensor;

fn zero_dim_error() -> Box<Exc> {
    value_error("zero-dimensional arrays cannot be concatenated")
}

/// Join `ts` along `axis` into a new array of their common dtype (no casting checks).
pub fn concat(ts: &[Tensor], axis: usize) -> Res<Tensor> {
    join(ts, Some(axis), None, None, None)
}

/// The joined shape along `axis`, with NumPy's errors for mismatched inputs.
fn joined_shape(ts: &[Tensor], axis: usize) -> Res<Vec<usize>> {
    let nd = ts[0].ndim();
    if nd == 0 {
        return Err(zero_dim_error());
    }
    let mut shape = ts[0].shape.clone();
    for (i, t) in ts.iter().enumerate().skip(1) {
        if t.ndim() != nd {
            return Err(value_error(format!(
                "all the input arrays must have same number of dimensions, but the array at index 0 has {} dimension(s) and the array at index {} has {} dimension(s)",
                nd, i, t.ndim()
            )));
        }
        for ax in 0..nd {
            if ax == axis {
                shape[ax] += t.shape[ax];
            } else if t.shape[ax] != shape[ax] {
                return Err(value_error(format!(
                    "all the input array dimensions except for the concatenation axis must match exactly, but along dimension {}, the array at index 0 has size {} and the array at index {} has size {}",
                    ax, shape[ax], i, t.shape[ax]
                )));
            }
        }
    }
    Ok(shape)
}

/// NumPy's `PyArray_ConcatenateInto`: join `ts` along `axis` (`None`: their C-order ravels end to end) into
/// `out`, or into a new array of `dtype` (default: the inputs' common dtype) laid out in memory like the
/// inputs. With `casting`, each input must be castable to the result's dtype by that rule.
fn join(
    ts: &[Tensor],
    axis: Option<usize>,
    out: Option<Tensor>,
    dtype: Option<DType>,
    casting: Option<&Value>,
) -> Res<Tensor> {
    let parts: Vec<Tensor> = match axis {
        Some(_) => ts.to_vec(),
        None => ts
            .iter()
            .map(|t| t.ravel(Order::C))
            .collect::<Result<_, _>>()
            .map_err(tensor_error)?,
    };
    let axis_given = axis.is_some();
    let (shape, axis) = match axis {
        Some(axis) => (joined_shape(&parts, axis)?, axis),
        None => (vec![parts.iter().map(|t| t.numel()).sum()], 0),
    };
    let result = match out {
        Some(out) => {
            let (ndim_error, shape_error) = match axis_given {
                true => (
                    "Output array has wrong dimensionality",
                    "Output array is the wrong shape",
                ),
                false => ("Output array must be 1D", "Output array is the wrong size"),
            };
            if out.ndim() != shape.len() {
                return Err(value_error(ndim_error));
            }
            if out.shape != shape {
                return Err(value_error(shape_error));
            }
            out
        }
        None => {
            let d = dtype.unwrap_or_else(|| {
                parts
                    .iter()
                    .skip(1)
                    .fold(parts[0].dtype(), |d, t| promote(d, t.dtype()))
            });
            let views: Vec<(&[usize], &[isize])> = parts
                .iter()
                .map(|t| (t.shape.as_slice(), t.strides.as_slice()))
                .collect();
            Tensor::zeros_in(d, &shape, &multi_sorted_perm(&views))
        }
    };
    let d = result.dtype();
    let mut at = 0;
    for t in &parts {
        if let Some(casting) = casting {
            check_casting(t.dtype(), d, casting)?;
        }
        let n = t.shape[axis];
        let src = if t.dtype() == d {
            t.clone()
        } else {
            astype_value(t, d)?
        };
        result
            .slice_axis(axis, at, 1, n)
            .assign(&src)
            .map_err(tensor_error)?;
        at += n;
    }
    Ok(result)
}

/// The arrays of a join, at least one.
fn arrays(me: &mut Interp, v: &Value, what: &str) -> Res<Vec<Tensor>> {
    let ts: Vec<Tensor> = me
        .collect(v)?
        .iter()
        .map(|v| arg_tensor(me, v))
        .collect::<Res<_>>()?;
    if ts.is_empty() {
        return Err(value_error(format!("need at least one array to {what}")));
    }
    Ok(ts)
}

/// Join with the `out=`, `dtype=` and `casting=` arguments as given: the result is `out` itself when given.
fn join_args(
    me: &mut Interp,
    ts: &[Tensor],
    axis: Option<usize>,
    out: &Value,
    dtype: &Value,
    casting: &Value,
) -> Res<Value> {
    let d = parse_dtype(me, dtype)?;
    let dst = match out {
        Value::None => None,
        v => match as_array(v) {
            Some((t, false)) => Some(t),
            _ => return Err(type_error("'out' must be an array")),
        },
    };
    if dst.is_some() && d.is_some() {
        return Err(type_error(
            "concatenate() only takes `out` or `dtype` as an argument, but both were provided.",
        ));
    }
    let given = dst.is_some();
    let r = join(ts, axis, dst, d, Some(casting))?;
    if given {
        Ok(out.clone())
    } else {
        wrap_array(me, r)
    }
}

fn np_concatenate(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let ts = arrays(me, &a[0], "concatenate")?;
    let axis = match &a[1] {
        Value::None => None,
        // A 0-d first array is refused before its axis is checked.
        _ if ts[0].ndim() == 0 => return Err(zero_dim_error()),
        v => Some(axes_arg(v, ts[0].ndim())?.first().copied().unwrap_or(0)),
    };
    join_args(me, &ts, axis, &a[2], &a[3], &a[4])
}

fn np_stack(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let ts = arrays(me, &a[0], "stack")?;
    if ts.iter().any(|t| t.shape != ts[0].shape) {
        return Err(value_error("all input arrays must have the same shape"));
    }
    let ax = axes_arg(&a[1], ts[0].ndim() + 1)?
        .first()
        .copied()
        .unwrap_or(0);
    let expanded: Vec<Tensor> = ts.iter().map(|t| t.unsqueeze(ax)).collect();
    join_args(me, &expanded, Some(ax), &a[2], &a[3], &a[4])
}

pub const JOIN_FUNCTIONS: &[Def] = &[
    Def {
        name: "concatenate",
        sig: "arrays, axis=0, out=None, *, dtype=None, casting='same_kind'",
        doc: "Join arrays along an existing axis (axis=None: their ravels end to end).\n\n>>> np.concatenate([[1, 2], [3]])\narray([1, 2, 3])",
        func: np_concatenate,
    },
    Def {
        name: "concat",
        sig: "arrays, /, axis=0, out=None, *, dtype=None, casting='same_kind'",
        doc: "Join arrays along an existing axis (np.concatenate).\n\n>>> np.concat([[1, 2], [3]])\narray([1, 2, 3])",
        func: np_concatenate,
    },
    Def {
        name: "stack",
        sig: "arrays, axis=0, out=None, *, dtype=None, casting='same_kind'",
        doc: "Join arrays along a new axis.\n\n>>> np.stack([[1, 2], [3, 4]], axis=1)\narray([[1, 3],\n       [2, 4]])",
        func: np_stack,
    },
];
