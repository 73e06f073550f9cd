//! Converting bound arguments to Rust types with Python's error messages.

use crate::interp::exceptions::{type_error, Exc, ExcType};
use crate::interp::value::{Res, Value};
use crate::interp::Interp;
use num_traits::ToPrimitive;
use std::rc::Rc;

pub fn type_name(v: &Value) -> String {
    v.type_name().to_string()
}

/// An `int` argument (bools count, as in Python).
pub fn int(v: &Value, what: &str) -> Res<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(b) => b.to_i64().ok_or_else(|| {
            Exc::new(
                ExcType::OverflowError,
                "Python int too large to convert to C ssize_t",
            )
        }),
        other => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer{}",
            type_name(other),
            if what.is_empty() {
                String::new()
            } else {
                String::new()
            }
        ))),
    }
}

pub fn float(v: &Value) -> Res<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as u8 as f64),
        Value::BigInt(b) => crate::interp::operators::bigint_to_f64(b),
        other => Err(type_error(format!(
            "must be real number, not {}",
            type_name(other)
        ))),
    }
}

pub fn string(v: &Value, ctx: &str) -> Res<Rc<str>> {
    match v.as_str() {
        Some(s) => Ok(s.clone()),
        None => Err(type_error(format!(
            "{ctx} must be str, not {}",
            type_name(v)
        ))),
    }
}

pub fn opt_string(v: &Value, ctx: &str) -> Res<Option<Rc<str>>> {
    match v {
        Value::None => Ok(None),
        other => string(other, ctx).map(Some),
    }
}

/// `f(*args, **kwargs)` with `args` a tuple and `kwargs` a dict, as collected by a `*args, **kwargs` signature.
pub fn call_value(me: &mut Interp, f: &Value, args: &Value, kwargs: &Value) -> Res<Value> {
    let pos = match args {
        Value::Tuple(t) => t.to_vec(),
        _ => vec![],
    };
    let kw: Vec<(Rc<str>, Value)> = match kwargs {
        Value::Dict(d) => d
            .borrow()
            .iter()
            .filter_map(|(k, v)| match &k.0 {
                Value::Str(s) => Some((s.clone(), v.clone())),
                _ => None,
            })
            .collect(),
        _ => vec![],
    };
    me.call(f, pos, kw)
}

/// `receiver.name(*args, **kwargs)` with `args` a tuple and `kwargs` a dict, as collected by a `*args, **kwargs`
/// signature: how a module function forwards to the method of the same name (`np.sum(a, ...)`, `torch.sum(x, ...)`).
pub fn call_method(
    me: &mut Interp,
    receiver: &Value,
    name: &str,
    args: &Value,
    kwargs: &Value,
) -> Res<Value> {
    let m = me.getattr(receiver, name)?;
    call_value(me, &m, args, kwargs)
}
