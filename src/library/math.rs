//! The `math` module.

use super::args;
use super::Def;
use crate::interp::exceptions::{type_error, value_error, Exc, ExcType};
use crate::interp::value::*;
use crate::interp::Interp;
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::rc::Rc;

fn domain() -> Box<Exc> {
    value_error("math domain error")
}
fn range_err() -> Box<Exc> {
    Exc::new(ExcType::OverflowError, "math range error")
}

/// Apply a real function with CPython's error rules: NaN from a finite input is a domain error, inf a range error.
fn real(a: &[Value], f: fn(f64) -> f64) -> Res<Value> {
    let x = args::float(&a[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(range_err());
    }
    Ok(Value::Float(r))
}

/// Like `real` but where an infinite result from a finite input means a pole (domain error), as for log(0).
fn real_pole(a: &[Value], f: fn(f64) -> f64) -> Res<Value> {
    let x = args::float(&a[0])?;
    let r = f(x);
    if (r.is_nan() && !x.is_nan()) || (r.is_infinite() && x.is_finite()) {
        return Err(domain());
    }
    Ok(Value::Float(r))
}

fn big_of(v: &Value) -> Res<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        other => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

fn log_any(v: &Value) -> Res<f64> {
    // Logs of huge ints work on the bits, as CPython does.
    if let Value::BigInt(b) = v {
        if !b.is_positive() {
            return Err(domain());
        }
        let bits = b.bits() as i64;
        let shift = (bits - 60).max(0);
        let top = (&**b >> shift as usize).to_f64().unwrap_or(1.0);
        return Ok(top.ln() + shift as f64 * std::f64::consts::LN_2);
    }
    let x = args::float(v)?;
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(x.ln())
}

macro_rules! defs {
    ($($name:literal, $sig:literal, $doc:literal => $f:expr;)*) => {
        &[$(Def { name: $name, sig: $sig, doc: $doc, func: $f }),*]
    };
}

pub const FUNCTIONS: &[Def] = defs! {
    "sqrt", "x, /", "Square root.\n\n>>> math.sqrt(2)\n1.4142135623730951" => |_, a| real(&a, f64::sqrt);
    "exp", "x, /", "e raised to x." => |_, a| real(&a, f64::exp);
    "expm1", "x, /", "exp(x) - 1, accurate near 0." => |_, a| real(&a, f64::exp_m1);
    "log", "x, base=None, /", "Natural log, or log to a base.\n\n>>> math.log(8, 2)\n3.0" => |_, a| {
        let l = log_any(&a[0])?; if matches!(a[1], Value::None) { return Ok(Value::Float(l)); }
        let b = log_any(&a[1])?; if b == 0.0 { return Err(Exc::new(ExcType::ZeroDivisionError, "float division by zero")); } Ok(Value::Float(l / b)) };
    "log2", "x, /", "Base-2 logarithm." => |_, a| { if let Value::BigInt(_) = a[0] { return Ok(Value::Float(log_any(&a[0])? / std::f64::consts::LN_2)); } real_pole(&a, f64::log2) };
    "log10", "x, /", "Base-10 logarithm." => |_, a| { if let Value::BigInt(_) = a[0] { return Ok(Value::Float(log_any(&a[0])? / std::f64::consts::LN_10)); } real_pole(&a, f64::log10) };
    "log1p", "x, /", "log(1 + x), accurate near 0." => |_, a| real_pole(&a, f64::ln_1p);
    "sin", "x, /", "Sine (radians)." => |_, a| real(&a, f64::sin);
    "cos", "x, /", "Cosine (radians)." => |_, a| real(&a, f64::cos);
    "tan", "x, /", "Tangent (radians)." => |_, a| real(&a, f64::tan);
    "asin", "x, /", "Arc sine." => |_, a| real(&a, f64::asin);
    "acos", "x, /", "Arc cosine." => |_, a| real(&a, f64::acos);
    "atan", "x, /", "Arc tangent." => |_, a| real(&a, f64::atan);
    "atan2", "y, x, /", "Arc tangent of y/x in the right quadrant." => |_, a| Ok(Value::Float(args::float(&a[0])?.atan2(args::float(&a[1])?)));
    "sinh", "x, /", "Hyperbolic sine." => |_, a| real(&a, f64::sinh);
    "cosh", "x, /", "Hyperbolic cosine." => |_, a| real(&a, f64::cosh);
    "tanh", "x, /", "Hyperbolic tangent." => |_, a| real(&a, f64::tanh);
    "asinh", "x, /", "Inverse hyperbolic sine." => |_, a| real(&a, f64::asinh);
    "acosh", "x, /", "Inverse hyperbolic cosine." => |_, a| real(&a, f64::acosh);
    "atanh", "x, /", "Inverse hyperbolic tangent." => |_, a| real_pole(&a, f64::atanh);
    "hypot", "*coordinates", "Euclidean norm.\n\n>>> math.hypot(3, 4)\n5.0" => |_, a| {
        let Value::Tuple(xs) = &a[0] else { return Ok(Value::Float(0.0)) };
        let v: Res<Vec<f64>> = xs.iter().map(args::float).collect(); let v = v?;
        Ok(Value::Float(match v.as_slice() { [x, y] => x.hypot(*y), _ => v.iter().map(|x| x * x).sum::<f64>().sqrt() })) };
    "fabs", "x, /", "Absolute value as a float." => |_, a| Ok(Value::Float(args::float(&a[0])?.abs()));
    "floor", "x, /", "Largest integer <= x." => |me, a| to_int(me, &a[0], f64::floor, "__floor__");
    "ceil", "x, /", "Smallest integer >= x." => |me, a| to_int(me, &a[0], f64::ceil, "__ceil__");
    "trunc", "x, /", "Truncate toward zero." => |me, a| to_int(me, &a[0], f64::trunc, "__trunc__");
    "pow", "x, y, /", "x ** y as floats." => |_, a| {
        let (x, y) = (args::float(&a[0])?, args::float(&a[1])?); let r = x.powf(y);
        if r.is_nan() && !x.is_nan() && !y.is_nan() { return Err(domain()); }
        if r.is_infinite() && x.is_finite() && y.is_finite() { return Err(if x == 0.0 { domain() } else { range_err() }); }
        Ok(Value::Float(r)) };
    "factorial", "n, /", "n!\n\n>>> math.factorial(5)\n120" => |_, a| {
        if let Value::Float(_) = a[0] { return Err(type_error("'float' object cannot be interpreted as an integer")); }
        let n = big_of(&a[0])?; if n.is_negative() { return Err(value_error("factorial() not defined for negative values")); }
        let n = n.to_u64().ok_or_else(|| Exc::new(ExcType::OverflowError, "factorial() argument should not exceed 9223372036854775807"))?;
        let mut r = BigInt::one(); for k in 2..=n { r *= k; } Ok(Value::from_bigint(r)) };
    "gcd", "*integers", "Greatest common divisor.\n\n>>> math.gcd(12, 18)\n6" => |_, a| {
        let Value::Tuple(xs) = &a[0] else { return Ok(Value::Int(0)) }; let mut g = BigInt::zero();
        for x in xs.iter() { g = num_integer::Integer::gcd(&g, &big_of(x)?); } Ok(Value::from_bigint(g)) };
    "lcm", "*integers", "Least common multiple." => |_, a| {
        let Value::Tuple(xs) = &a[0] else { return Ok(Value::Int(1)) }; let mut l = BigInt::one();
        for x in xs.iter() { l = num_integer::Integer::lcm(&l, &big_of(x)?); } Ok(Value::from_bigint(l)) };
    "isnan", "x, /", "Whether x is NaN." => |_, a| Ok(Value::Bool(args::float(&a[0])?.is_nan()));
    "isinf", "x, /", "Whether x is infinite." => |_, a| Ok(Value::Bool(args::float(&a[0])?.is_infinite()));
    "isfinite", "x, /", "Whether x is finite." => |_, a| Ok(Value::Bool(args::float(&a[0])?.is_finite()));
    "isclose", "a, b, *, rel_tol=1e-09, abs_tol=0.0", "Whether a and b are close.\n\n>>> math.isclose(0.1 + 0.2, 0.3)\nTrue" => |_, a| {
        let (x, y, rt, at) = (args::float(&a[0])?, args::float(&a[1])?, args::float(&a[2])?, args::float(&a[3])?);
        if rt < 0.0 || at < 0.0 { return Err(value_error("tolerances must be non-negative")); }
        if x == y { return Ok(Value::Bool(true)); } if x.is_infinite() || y.is_infinite() { return Ok(Value::Bool(false)); }
        let d = (x - y).abs(); Ok(Value::Bool(d <= (rt * y).abs() || d <= (rt * x).abs() || d <= at)) };
    "degrees", "x, /", "Radians to degrees." => |_, a| Ok(Value::Float(args::float(&a[0])? * (180.0 / std::f64::consts::PI)));
    "radians", "x, /", "Degrees to radians." => |_, a| Ok(Value::Float(args::float(&a[0])? * (std::f64::consts::PI / 180.0)));
    "copysign", "x, y, /", "x with the sign of y." => |_, a| Ok(Value::Float(args::float(&a[0])?.copysign(args::float(&a[1])?)));
    "fmod", "x, y, /", "C fmod." => |_, a| { let (x, y) = (args::float(&a[0])?, args::float(&a[1])?); if y == 0.0 && !x.is_nan() { return Err(domain()); } Ok(Value::Float(x % y)) };
    "modf", "x, /", "Fractional and integer parts." => |_, a| { let x = args::float(&a[0])?; Ok(Value::tuple(vec![Value::Float(x.fract()), Value::Float(x.trunc())])) };
    "prod", "iterable, /, *, start=1", "Product of the items.\n\n>>> math.prod([2, 3, 4])\n24" => |me, a| {
        let items = me.collect(&a[0])?; let mut acc = a[1].clone();
        for x in items { acc = me.binary_op(crate::syntax::ast::BinOp::Mul, acc, x)?; } Ok(acc) };
    "fsum", "seq, /", "Exactly rounded floating-point sum.\n\n>>> math.fsum([0.1] * 10)\n1.0" => |me, a| {
        let items = me.collect(&a[0])?; let xs: Res<Vec<f64>> = items.iter().map(args::float).collect(); Ok(Value::Float(fsum(&xs?))) };
    "comb", "n, k, /", "Number of ways to choose k of n.\n\n>>> math.comb(5, 2)\n10" => |_, a| {
        let (n, k) = (big_of(&a[0])?, big_of(&a[1])?);
        if n.is_negative() { return Err(value_error("n must be a non-negative integer")); }
        if k.is_negative() { return Err(value_error("k must be a non-negative integer")); }
        if k > n { return Ok(Value::Int(0)); }
        let k = std::cmp::min(k.clone(), &n - &k).to_u64().unwrap_or(0); let mut r = BigInt::one();
        for i in 0..k { r = r * (&n - i) / (i + 1); } Ok(Value::from_bigint(r)) };
    "perm", "n, k=None, /", "Number of ordered arrangements of k of n." => |_, a| {
        let n = big_of(&a[0])?; let k = if matches!(a[1], Value::None) { n.clone() } else { big_of(&a[1])? };
        if n.is_negative() { return Err(value_error("n must be a non-negative integer")); }
        if k.is_negative() { return Err(value_error("k must be a non-negative integer")); }
        if k > n { return Ok(Value::Int(0)); }
        let k = k.to_u64().unwrap_or(0); let mut r = BigInt::one(); for i in 0..k { r *= &n - i; } Ok(Value::from_bigint(r)) };
    "isqrt", "n, /", "Integer square root." => |_, a| {
        let n = big_of(&a[0])?; if n.is_negative() { return Err(value_error("isqrt() argument must be nonnegative")); }
        Ok(Value::from_bigint(n.sqrt())) };
    "dist", "p, q, /", "Euclidean distance between two points." => |me, a| {
        let (p, q) = (me.collect(&a[0])?, me.collect(&a[1])?);
        if p.len() != q.len() { return Err(value_error("both points must have the same number of dimensions")); }
        let mut s = 0.0; for (x, y) in p.iter().zip(q.iter()) { let d = args::float(x)? - args::float(y)?; s += d * d; } Ok(Value::Float(s.sqrt())) };
    "erf", "x, /", "Error function." => |_, a| Ok(Value::Float(erf(args::float(&a[0])?)));
    "erfc", "x, /", "Complementary error function." => |_, a| Ok(Value::Float(1.0 - erf(args::float(&a[0])?)));
    "gamma", "x, /", "Gamma function." => |_, a| Err(crate::interp::exceptions::not_implemented(format!("math.gamma({:?})", a[0])));
    "lgamma", "x, /", "Log of the absolute gamma function." => |_, a| Err(crate::interp::exceptions::not_implemented(format!("math.lgamma({:?})", a[0])));
};

fn to_int(me: &mut Interp, v: &Value, f: fn(f64) -> f64, dunder: &str) -> Res<Value> {
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(x) => {
            if x.is_nan() {
                return Err(value_error("cannot convert float NaN to integer"));
            }
            if x.is_infinite() {
                return Err(Exc::new(
                    ExcType::OverflowError,
                    "cannot convert float infinity to integer",
                ));
            }
            Ok(super::builtins::float_to_int(f(*x)))
        }
        other => {
            let class = me.class_of(other);
            match class.lookup(dunder) {
                Some(m) => me.call(&m, vec![other.clone()], vec![]),
                None => Err(type_error(format!(
                    "must be real number, not {}",
                    class.name
                ))),
            }
        }
    }
}

/// Shewchuk's exact summation (the algorithm behind CPython's fsum).
fn fsum(xs: &[f64]) -> f64 {
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0;
    for &x0 in xs {
        let mut x = x0;
        if !x.is_finite() {
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    if special != 0.0 || special.is_nan() {
        return special;
    }
    let mut hi = 0.0;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    hi
}

fn erf(x: f64) -> f64 {
    // A power series near zero and a continued fraction for the tail (CPython's split at 1.5).
    let ax = x.abs();
    if ax < 1.5 {
        let x2 = x * x;
        // Taylor series: erf(x) = 2/sqrt(pi) * sum (-1)^n x^(2n+1) / (n! (2n+1))
        let mut sum = 0.0;
        let mut term = x;
        let mut n = 0.0;
        while n < 60.0 {
            sum += term / (2.0 * n + 1.0);
            n += 1.0;
            term *= -x2 / n;
        }
        sum * 2.0 / std::f64::consts::PI.sqrt()
    } else {
        // Continued fraction for erfc.
        let mut a = 0.0;
        let mut k = 60.0;
        while k >= 1.0 {
            a = k / 2.0 / (ax + a);
            k -= 1.0;
        }
        let erfc = (-ax * ax).exp() / std::f64::consts::PI.sqrt() / (ax + a);
        if x > 0.0 {
            1.0 - erfc
        } else {
            erfc - 1.0
        }
    }
}

pub fn init(me: &mut Interp) -> Res<Value> {
    let mut items: Vec<(&str, Value)> = FUNCTIONS
        .iter()
        .map(|d| (d.name, Value::Builtin(Rc::new(d.builtin(None)))))
        .collect();
    items.push(("pi", Value::Float(std::f64::consts::PI)));
    items.push(("e", Value::Float(std::f64::consts::E)));
    items.push(("tau", Value::Float(std::f64::consts::TAU)));
    items.push(("inf", Value::Float(f64::INFINITY)));
    items.push(("nan", Value::Float(f64::NAN)));
    Ok(me.make_module(
        "math",
        "Mathematical functions on floats and integers.",
        items,
    ))
}
