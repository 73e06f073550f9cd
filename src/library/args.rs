//! Converting bound arguments to Rust types with Python's error messages.

use crate::interp::exceptions::{type_error, Exc, ExcType};
use crate::interp::value::{Res, Value};
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
