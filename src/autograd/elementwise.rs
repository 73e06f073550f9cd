//! More differentiable elementwise ops, for PyTorch's math library: scaled add/sub (`alpha=`), rounded and
//! truncated division, fmod, rsqrt, frac, logit, nan_to_num, round with decimals, clamp with tensor bounds, and
//! ops recorded with a zero gradient (`fill_`, `zero_`).

use super::rules::{ClampName, Rule};
use super::{record, GResult, Var};
use crate::tensor::dtype::DType;
use crate::tensor::ops::{self as tops, BinaryOp, CompareOp, UnaryOp};
use crate::tensor::truncated::{truncated, Truncated};
use crate::tensor::Tensor;

fn number(v: f64, d: DType) -> Tensor {
    Tensor::scalar(v).cast(d)
}

/// `a + alpha * b` (`a - alpha * b` when `sub`), computed in `dtype` with `alpha * b` rounded first, as PyTorch's
/// kernel does.
pub fn add_alpha(a: &Var, b: &Var, alpha: f64, sub: bool, dtype: DType) -> GResult<Var> {
    let op = if sub { BinaryOp::Sub } else { BinaryOp::Add };
    let bt = b.t.cast(dtype);
    let scaled = tops::binary(BinaryOp::Mul, &bt, &number(alpha, dtype), dtype)?;
    let out = tops::binary(op, &a.t.cast(dtype), &scaled, dtype)?.cast(dtype);
    Ok(record(out, &[a, b], move || {
        if sub {
            Rule::Sub(alpha)
        } else {
            Rule::Add(alpha)
        }
    }))
}

/// How `div` rounds its quotient.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rounding {
    Trunc,
    Floor,
}

/// `a / b` rounded toward zero or down, in `dtype` (the operands' promoted type; integers divide exactly).
/// Its gradient is zero (PyTorch's DivBackward2).
pub fn div_rounded(a: &Var, b: &Var, dtype: DType, mode: Rounding) -> GResult<Var> {
    let (x, y) = (a.t.cast(dtype), b.t.cast(dtype));
    let out = match mode {
        Rounding::Trunc => truncated(Truncated::Quotient, &x, &y, dtype)?,
        Rounding::Floor => tops::binary(BinaryOp::FloorDiv, &x, &y, dtype)?.cast(dtype),
    };
    Ok(record(out, &[a, b], || Rule::Zero("DivBackward2")))
}

/// C's `fmod(a, b)`: the remainder with the sign of `a`; `number` says `b` was a Python number.
pub fn fmod(a: &Var, b: &Var, dtype: DType, number: bool) -> GResult<Var> {
    let out = truncated(
        Truncated::Remainder,
        &a.t.cast(dtype),
        &b.t.cast(dtype),
        dtype,
    )?;
    let (sa, sb) = (a.clone(), b.clone());
    Ok(record(out, &[a, b], move || Rule::Fmod(sa, sb, number)))
}

/// `1 / sqrt(a)` for a floating `a`.
pub fn rsqrt(a: &Var) -> GResult<Var> {
    let d = a.dtype();
    let s = tops::unary(UnaryOp::Sqrt, &a.t, d)?;
    let out = tops::binary(BinaryOp::Div, &number(1.0, d), &s, d)?;
    let sa = a.clone();
    Ok(record(out, &[a], move || Rule::Rsqrt(sa)))
}

/// `a - trunc(a)` for a floating `a`.
pub fn frac(a: &Var) -> GResult<Var> {
    let d = a.dtype();
    let out = tops::binary(
        BinaryOp::Sub,
        &a.t,
        &tops::unary(UnaryOp::Trunc, &a.t, d)?,
        d,
    )?;
    Ok(record(out, &[a], || Rule::Frac))
}

/// `log(a / (1 - a))` for a floating `a`, the input first limited to `[eps, 1 - eps]` when `eps` is given.
pub fn logit(a: &Var, eps: Option<f64>) -> GResult<Var> {
    let d = a.dtype();
    let mut x = a.t.clone();
    if let Some(e) = eps {
        x = tops::binary(BinaryOp::Maximum, &x, &number(e, d), d)?;
        x = tops::binary(BinaryOp::Minimum, &x, &number(1.0 - e, d), d)?;
    }
    let one_minus = tops::binary(BinaryOp::Sub, &number(1.0, d), &x, d)?;
    let out = tops::unary(
        UnaryOp::Log,
        &tops::binary(BinaryOp::Div, &x, &one_minus, d)?,
        d,
    )?;
    let sa = a.clone();
    Ok(record(out, &[a], move || Rule::Logit(sa, eps)))
}

/// The largest finite value of a float dtype.
fn float_max(d: DType) -> f64 {
    match d {
        DType::F64 => f64::MAX,
        DType::F16 => half::f16::MAX.to_f64(),
        DType::BF16 => half::bf16::MAX.to_f64(),
        _ => f32::MAX as f64,
    }
}

/// NaN replaced by `nan`, infinities by `posinf`/`neginf` (the dtype's extremes by default); other values and
/// non-float tensors unchanged.
pub fn nan_to_num(a: &Var, nan: f64, posinf: Option<f64>, neginf: Option<f64>) -> GResult<Var> {
    let d = a.dtype();
    if !d.is_float() {
        return super::ops::clone(a);
    }
    let big = float_max(d);
    let (hi, lo) = (posinf.unwrap_or(big), neginf.unwrap_or(-big));
    let pick = |v: f64| {
        if v.is_nan() {
            nan
        } else if v == f64::INFINITY {
            hi
        } else if v == f64::NEG_INFINITY {
            lo
        } else {
            v
        }
    };
    // Finite values of any float dtype survive the round trip through f64 exactly.
    let vals: Vec<f64> =
        a.t.cast(DType::F64)
            .to_vec::<f64>()
            .into_iter()
            .map(pick)
            .collect();
    let out = Tensor::from_vec(vals, a.t.shape.clone()).astype(d);
    let sa = a.clone();
    Ok(record(out, &[a], move || Rule::NanToNum(sa)))
}

/// `a` rounded half to even at `decimals` decimal places (a negative count rounds to tens, hundreds, ...),
/// computed in `a`'s float dtype as PyTorch does: `rint(a * 10^d) / 10^d`, or `rint(a / 10^-d) * 10^-d`.
pub fn round_decimals(a: &Var, decimals: i64) -> GResult<Var> {
    let d = a.dtype();
    let p = number(10f64.powi(decimals.unsigned_abs().min(400) as i32), d);
    let (into, back) = if decimals < 0 {
        (BinaryOp::Div, BinaryOp::Mul)
    } else {
        (BinaryOp::Mul, BinaryOp::Div)
    };
    let r = tops::unary(UnaryOp::Rint, &tops::binary(into, &a.t, &p, d)?, d)?;
    let out = tops::binary(back, &r, &p, d)?;
    Ok(record(out, &[a], || Rule::Zero("RoundBackward1")))
}

/// A result that does not depend smoothly on `inputs` (`fill_`, `zero_`): recorded under `name` with a zero
/// gradient.
pub fn constant_of(out: Tensor, inputs: &[&Var], name: &'static str) -> Var {
    record(out, inputs, || Rule::Zero(name))
}

/// `a` limited to numeric bounds, with the node named after the function (clamp, clamp_min, clamp_max).
pub fn clamp_named(a: &Var, lo: Option<f64>, hi: Option<f64>, name: ClampName) -> GResult<Var> {
    let d = a.dtype();
    let mut out = a.t.copy();
    if let Some(lo) = lo {
        out = tops::binary(BinaryOp::Maximum, &out, &number(lo, d), d)?;
    }
    if let Some(hi) = hi {
        out = tops::binary(BinaryOp::Minimum, &out, &number(hi, d), d)?;
    }
    let sa = a.clone();
    Ok(record(out, &[a], move || Rule::Clamp(sa, lo, hi, name)))
}

/// `a` limited elementwise by tensor bounds (either optional), all in `dtype`; NaN bounds propagate.
pub fn clamp_tensor(
    a: &Var,
    lo: Option<&Var>,
    hi: Option<&Var>,
    dtype: DType,
    name: ClampName,
) -> GResult<Var> {
    let mut out = a.t.cast(dtype);
    if let Some(lo) = lo {
        out = tops::binary(BinaryOp::Maximum, &out, &lo.t.cast(dtype), dtype)?;
    }
    if let Some(hi) = hi {
        out = tops::binary(BinaryOp::Minimum, &out, &hi.t.cast(dtype), dtype)?;
    }
    let mut inputs = vec![a];
    inputs.extend(lo);
    inputs.extend(hi);
    let (sa, slo, shi) = (a.clone(), lo.cloned(), hi.cloned());
    Ok(record(out, &inputs, move || Rule::ClampTensor {
        a: sa,
        lo: slo,
        hi: shi,
        name,
    }))
}

/// The bool mask `a <op> b` for the backward rules below.
pub(super) fn cmp(op: CompareOp, a: &Var, b: &Var) -> GResult<Tensor> {
    let d = crate::tensor::dtype::torch_promote(a.dtype(), b.dtype());
    Ok(tops::compare(op, &a.t, &b.t, d)?)
}

/// `trunc(a / b)` or `floor(a / b)` as a constant (the piecewise-constant factor of fmod's and remainder's
/// gradients).
pub(super) fn quotient(a: &Var, b: &Var, floor: bool) -> GResult<Var> {
    let d = a.dtype();
    let (x, y) = (a.t.cast(d), b.t.cast(d));
    let q = if floor {
        tops::binary(BinaryOp::FloorDiv, &x, &y, d)?
    } else {
        truncated(Truncated::Quotient, &x, &y, d)?
    };
    Ok(Var::constant(q))
}
