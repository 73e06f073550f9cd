//! NumPy `ufunc` objects: calling with `out=`/`where=`/`dtype=`, and the methods `reduce`, `accumulate`,
//! `outer` and `at`.

use super::array::*;
use super::extra::scan;
use super::methods::{arg_tensor, axes_arg};
use crate::interp::exceptions::{type_error, value_error};
use crate::interp::repr::s;
use crate::interp::value::*;
use crate::interp::Interp;
use crate::library::Def;
use crate::tensor::dtype::DType;
use crate::tensor::error::TensorError;
use crate::tensor::ops::{BinaryOp, CompareOp, UnaryOp};
use crate::tensor::reduce::{reduce, ReduceOp};
use crate::tensor::Tensor;
use std::rc::Rc;

/// A NumPy ufunc object: callable, with `reduce`, `accumulate`, `outer` and `at`.
pub struct UFunc {
    pub name: &'static str,
    pub op: UfuncOp,
}

#[derive(Clone, Copy)]
pub enum UfuncOp {
    Unary(UnaryOp),
    Binary(BinaryOp),
    Compare(CompareOp),
}

fn the_ufunc(v: &Value) -> Res<(&'static str, UfuncOp)> {
    let Value::Native(n) = v else {
        return Err(type_error("not a ufunc"));
    };
    let d = n.data.borrow();
    d.downcast_ref::<UFunc>()
        .map(|u| (u.name, u.op))
        .ok_or_else(|| type_error("not a ufunc"))
}

fn apply(me: &mut Interp, op: UfuncOp, x: &Value, y: &Value) -> Res<Value> {
    match op {
        UfuncOp::Unary(u) => unary_value(me, u, x),
        UfuncOp::Binary(b) => binary_value(me, b, x, y),
        UfuncOp::Compare(c) => compare_value(me, c, x, y),
    }
}

fn ufunc_call(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let (name, op) = the_ufunc(&a[0])?;
    let Value::Tuple(args_) = &a[1] else {
        return Ok(Value::None);
    };
    let need = if matches!(op, UfuncOp::Unary(_)) {
        1
    } else {
        2
    };
    if args_.len() < need {
        return Err(type_error(format!(
            "{name}() takes from {need} to {} positional arguments but {} were given",
            need + 1,
            args_.len()
        )));
    }
    let r = apply(me, op, &args_[0], args_.get(1).unwrap_or(&Value::None))?;
    if matches!(r, Value::NotImplemented) {
        return Err(type_error(format!("ufunc '{name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''")));
    }
    let mut out = args_.get(need).cloned().unwrap_or(Value::None);
    let mut where_ = Value::Bool(true);
    if let Value::Dict(kw) = &a[2] {
        for (k, v) in kw.borrow().iter() {
            match &k.0 {
                Value::Str(s) if &**s == "out" => {
                    out = match v {
                        Value::Tuple(t) if t.len() == 1 => t[0].clone(),
                        o => o.clone(),
                    }
                }
                Value::Str(s) if &**s == "where" => where_ = v.clone(),
                Value::Str(s) if &**s == "dtype" => {}
                Value::Str(s) => {
                    return Err(type_error(format!(
                        "{name}() got an unexpected keyword argument '{s}'"
                    )))
                }
                _ => {}
            }
        }
    }
    if matches!(where_, Value::Bool(true)) {
        if matches!(out, Value::None) {
            return Ok(r);
        }
        let (Some((dst, _)), Some((src, _))) = (as_array(&out), as_array(&r)) else {
            return Err(type_error("return arrays must be of ArrayType"));
        };
        dst.assign(&src.cast(dst.dtype())).map_err(tensor_error)?;
        return Ok(out);
    }
    // where=mask: write only the selected elements into out (a fresh array when out is None).
    let mask = arg_tensor(me, &where_)?.astype(DType::Bool);
    let (Some((src, _)), true) = (as_array(&r), true) else {
        return Ok(r);
    };
    let dst = match as_array(&out) {
        Some((d, _)) => d,
        None => Tensor::zeros(src.dtype(), src.shape.clone()),
    };
    let m = mask
        .broadcast_to(&dst.shape)
        .map_err(tensor_error)?
        .to_vec::<bool>();
    let d = dst.dtype();
    crate::with_dtype!(d, T => {
        let sv = src.broadcast_to(&dst.shape).map_err(tensor_error)?.to_vec::<T>();
        let mut cur = dst.to_vec::<T>();
        for (i, keep) in m.iter().enumerate() { if *keep { cur[i] = sv[i]; } }
        dst.assign(&Tensor::from_vec(cur, dst.shape.clone())).map_err(tensor_error)?;
    });
    if matches!(out, Value::None) {
        wrap_array(me, dst)
    } else {
        Ok(out)
    }
}

fn ufunc_reduce(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let (name, op) = the_ufunc(&a[0])?;
    let t = arg_tensor(me, &a[1])?;
    let keep = me.truthy(&a[3])?;
    let rop = match op {
        UfuncOp::Binary(BinaryOp::Add) => Some(ReduceOp::Sum),
        UfuncOp::Binary(BinaryOp::Mul) => Some(ReduceOp::Prod),
        UfuncOp::Binary(BinaryOp::Maximum) => Some(ReduceOp::Max),
        UfuncOp::Binary(BinaryOp::Minimum) => Some(ReduceOp::Min),
        UfuncOp::Compare(CompareOp::And) => Some(ReduceOp::All),
        UfuncOp::Compare(CompareOp::Or) => Some(ReduceOp::Any),
        _ => None,
    };
    let axes = if matches!(a[2], Value::Int(0)) && t.ndim() > 0 {
        vec![0]
    } else {
        axes_arg(&a[2], t.ndim())?
    };
    if let Some(rop) = rop {
        let src = if matches!(rop, ReduceOp::All | ReduceOp::Any) {
            t.astype(DType::Bool)
        } else {
            t.clone()
        };
        let r = reduce(rop, &src, &axes, keep).map_err(tensor_error)?;
        return wrap_result(me, r);
    }
    // Any other binary ufunc: fold along the single axis in order.
    let UfuncOp::Binary(_) = op else {
        return Err(value_error(format!(
            "reduce only supported for binary functions ({name})"
        )));
    };
    if axes.len() != 1 {
        return Err(crate::interp::exceptions::not_implemented(format!(
            "np.{name}.reduce over several axes"
        )));
    }
    let ax = axes[0];
    let mut acc = wrap_array(me, t.select(ax, 0))?;
    for i in 1..t.shape[ax] {
        let next = wrap_array(me, t.select(ax, i))?;
        acc = apply(me, op, &acc, &next)?;
    }
    let r = as_array(&acc)
        .map(|(x, _)| x)
        .ok_or_else(|| type_error("reduce"))?;
    wrap_result(me, r)
}

fn ufunc_accumulate(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let (_, op) = the_ufunc(&a[0])?;
    let t = arg_tensor(me, &a[1])?;
    match op {
        UfuncOp::Binary(BinaryOp::Add) => scan(me, &t, &a[2], false, Some(t.dtype())),
        UfuncOp::Binary(BinaryOp::Mul) => scan(me, &t, &a[2], true, Some(t.dtype())),
        _ => Err(crate::interp::exceptions::not_implemented(
            "ufunc.accumulate for this ufunc",
        )),
    }
}

fn ufunc_outer(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let (_, op) = the_ufunc(&a[0])?;
    let x = arg_tensor(me, &a[1])?;
    let y = arg_tensor(me, &a[2])?;
    let mut xs = x.clone();
    for _ in 0..y.ndim() {
        xs = xs.unsqueeze(xs.ndim());
    }
    let xv = wrap_array(me, xs)?;
    let yv = wrap_array(me, y)?;
    apply(me, op, &xv, &yv)
}

fn ufunc_at(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    // Unbuffered in-place: every occurrence of an index applies (np.add.at).
    let (_, op) = the_ufunc(&a[0])?;
    let t = arg_tensor(me, &a[1])?;
    let idx = arg_tensor(me, &a[2])?.to_vec::<i64>();
    let n = t.shape.first().copied().unwrap_or(0);
    let b = if matches!(a[3], Value::None) {
        None
    } else {
        Some(arg_tensor(me, &a[3])?)
    };
    for (k, i) in idx.iter().enumerate() {
        let j = if *i < 0 { i + n as i64 } else { *i };
        if j < 0 || j >= n as i64 {
            return Err(tensor_error(TensorError::IndexOutOfBounds {
                index: *i,
                axis: 0,
                size: n,
            }));
        }
        let cur = wrap_result(me, t.select(0, j as usize))?;
        let rhs = match &b {
            Some(bt) if bt.ndim() > 0 => wrap_result(me, bt.select(0, k.min(bt.shape[0] - 1)))?,
            Some(bt) => wrap_result(me, bt.clone())?,
            None => Value::None,
        };
        let r = apply(me, op, &cur, &rhs)?;
        let rt = arg_tensor(me, &r)?;
        let dst = t.select(0, j as usize);
        dst.assign(&rt.cast(t.dtype())).map_err(tensor_error)?;
    }
    Ok(Value::None)
}

pub const UFUNC_METHODS: &[Def] = &[
    Def {
        name: "__call__",
        sig: "self, *args, **kwargs",
        doc: "Apply the ufunc element-wise.",
        func: ufunc_call,
    },
    Def {
        name: "reduce",
        sig: "self, array, axis=0, dtype=None, out=None, keepdims=False",
        doc: "Reduce along an axis.",
        func: |me, a| {
            ufunc_reduce(
                me,
                vec![a[0].clone(), a[1].clone(), a[2].clone(), a[5].clone()],
            )
        },
    },
    Def {
        name: "accumulate",
        sig: "self, array, axis=0, dtype=None, out=None",
        doc: "Accumulate along an axis.",
        func: ufunc_accumulate,
    },
    Def {
        name: "outer",
        sig: "self, A, B, /",
        doc: "Apply to all pairs (a, b).",
        func: ufunc_outer,
    },
    Def {
        name: "at",
        sig: "self, a, indices, b=None, /",
        doc: "Unbuffered in-place operation at indices.",
        func: ufunc_at,
    },
    Def {
        name: "__repr__",
        sig: "self, /",
        doc: "<ufunc 'add'>",
        func: |_, a| Ok(s(format!("<ufunc '{}'>", the_ufunc(&a[0])?.0))),
    },
];

pub fn make_ufunc(class: &Rc<Class>, name: &'static str, op: UfuncOp) -> Value {
    Value::Native(Rc::new(Native {
        class: class.clone(),
        data: std::cell::RefCell::new(Box::new(UFunc { name, op })),
        hash_as: None,
    }))
}
