//! The Python operator protocol: numeric tower, sequence operators, comparisons, truth, and dunder dispatch
//! with reflected operands (so library types plug in through their classes).

use super::exceptions::{overflow_error, type_error, zero_division, Exc, ExcType};
use super::value::*;
use super::Interp;
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::rc::Rc;

/// A number lifted to the widest kind needed.
#[derive(Clone, Debug)]
pub enum Num {
    I(i64),
    B(BigInt),
    F(f64),
    C(f64, f64),
}

pub fn to_num(v: &Value) -> Option<Num> {
    Some(match v {
        Value::Bool(b) => Num::I(*b as i64),
        Value::Int(i) => Num::I(*i),
        Value::BigInt(b) => Num::B((**b).clone()),
        Value::Float(f) => Num::F(*f),
        Value::Complex(a, b) => Num::C(*a, *b),
        _ => return None,
    })
}

fn big(i: i64) -> BigInt {
    BigInt::from(i)
}

pub fn bigint_to_f64(b: &BigInt) -> Res<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(overflow_error("int too large to convert to float")),
    }
}

fn num_to_f64(n: &Num) -> Res<f64> {
    match n {
        Num::I(i) => Ok(*i as f64),
        Num::B(b) => bigint_to_f64(b),
        Num::F(f) => Ok(*f),
        Num::C(..) => Err(type_error("can't convert complex to float")),
    }
}

fn num_to_complex(n: &Num) -> Res<(f64, f64)> {
    match n {
        Num::C(a, b) => Ok((*a, *b)),
        other => Ok((num_to_f64(other)?, 0.0)),
    }
}

fn int_result(b: BigInt) -> Value {
    Value::from_bigint(b)
}

/// Python's float floor division and modulo (CPython's float_divmod).
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0_f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut fd = div.floor();
        if div - fd > 0.5 {
            fd += 1.0;
        }
        fd
    } else {
        0.0_f64.copysign(vx / wx)
    };
    (floordiv, m)
}

fn float_pow(x: f64, y: f64) -> Res<Value> {
    if x == 0.0 && y < 0.0 {
        return Err(zero_division("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        // Python 3 returns a complex number here.
        let (re, im) = complex_pow((x, 0.0), (y, 0.0))?;
        return Ok(Value::Complex(re, im));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(Exc::with_args(
            ExcType::OverflowError,
            vec![Value::Int(34), Value::str("Numerical result out of range")],
        ));
    }
    Ok(Value::Float(r))
}

fn complex_pow(a: (f64, f64), b: (f64, f64)) -> Res<(f64, f64)> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(zero_division("0.0 to a negative or complex power"));
        }
        return Ok((0.0, 0.0));
    }
    // Small integer exponents by repeated multiplication, as CPython does, for exact results.
    if b.1 == 0.0 && b.0.fract() == 0.0 && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        let mut result = (1.0, 0.0);
        let mut base = a;
        let mut k = n.unsigned_abs();
        while k > 0 {
            if k & 1 == 1 {
                result = cmul(result, base);
            }
            base = cmul(base, base);
            k >>= 1;
        }
        if n < 0 {
            return cdiv((1.0, 0.0), result);
        }
        return Ok(result);
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

fn cmul(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// Complex division with CPython's scaling algorithm (Smith's method).
fn cdiv(a: (f64, f64), b: (f64, f64)) -> Res<(f64, f64)> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return Err(zero_division("complex division by zero"));
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Ok(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Ok(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Ok((f64::NAN, f64::NAN))
    }
}

fn int_pow(base: &BigInt, exp: u64) -> Res<Value> {
    if exp > u32::MAX as u64 || (base.bits() as u64).saturating_mul(exp) > 64_000_000 {
        if base.is_zero() || base == &big(1) {
            return Ok(int_result(base.clone()));
        }
        if base == &big(-1) {
            return Ok(Value::Int(if exp % 2 == 0 { 1 } else { -1 }));
        }
        return Err(Exc::new(ExcType::MemoryError, ""));
    }
    Ok(int_result(num_traits::pow::Pow::pow(base, exp as u32)))
}

/// Arithmetic on two numbers; `None` when the operator does not apply to numbers (e.g. `@`).
pub fn numeric_op(op: BinOp, a: &Num, b: &Num) -> Option<Res<Value>> {
    use Num::*;
    // Complex first, then float, then integer.
    if matches!(a, C(..)) || matches!(b, C(..)) {
        let x = match num_to_complex(a) {
            Ok(x) => x,
            Err(e) => return Some(Err(e)),
        };
        let y = match num_to_complex(b) {
            Ok(y) => y,
            Err(e) => return Some(Err(e)),
        };
        return Some(match op {
            BinOp::Add => Ok(Value::Complex(x.0 + y.0, x.1 + y.1)),
            BinOp::Sub => Ok(Value::Complex(x.0 - y.0, x.1 - y.1)),
            BinOp::Mul => {
                let r = cmul(x, y);
                Ok(Value::Complex(r.0, r.1))
            }
            BinOp::Div => cdiv(x, y).map(|r| Value::Complex(r.0, r.1)),
            BinOp::Pow => complex_pow(x, y).map(|r| Value::Complex(r.0, r.1)),
            _ => return None,
        });
    }
    if matches!(a, F(_)) || matches!(b, F(_)) {
        let x = match num_to_f64(a) {
            Ok(x) => x,
            Err(e) => return Some(Err(e)),
        };
        let y = match num_to_f64(b) {
            Ok(y) => y,
            Err(e) => return Some(Err(e)),
        };
        return Some(match op {
            BinOp::Add => Ok(Value::Float(x + y)),
            BinOp::Sub => Ok(Value::Float(x - y)),
            BinOp::Mul => Ok(Value::Float(x * y)),
            BinOp::Div => {
                if y == 0.0 {
                    Err(zero_division("float division by zero"))
                } else {
                    Ok(Value::Float(x / y))
                }
            }
            BinOp::FloorDiv => {
                if y == 0.0 {
                    Err(zero_division("float floor division by zero"))
                } else {
                    Ok(Value::Float(float_divmod(x, y).0))
                }
            }
            BinOp::Mod => {
                if y == 0.0 {
                    Err(zero_division("float modulo"))
                } else {
                    Ok(Value::Float(float_divmod(x, y).1))
                }
            }
            BinOp::Pow => float_pow(x, y),
            _ => return None,
        });
    }
    // Both integers.
    if let (I(x), I(y)) = (a, b) {
        let (x, y) = (*x, *y);
        let fast = match op {
            BinOp::Add => x.checked_add(y).map(Value::Int),
            BinOp::Sub => x.checked_sub(y).map(Value::Int),
            BinOp::Mul => x.checked_mul(y).map(Value::Int),
            BinOp::FloorDiv if y != 0 => x
                .checked_div_euclid(y)
                .map(|_| Value::Int(num_integer::Integer::div_floor(&x, &y))),
            BinOp::Mod if y != 0 => x
                .checked_rem(y)
                .map(|_| Value::Int(num_integer::Integer::mod_floor(&x, &y))),
            BinOp::BitAnd => Some(Value::Int(x & y)),
            BinOp::BitOr => Some(Value::Int(x | y)),
            BinOp::BitXor => Some(Value::Int(x ^ y)),
            BinOp::RShift if y >= 0 => Some(Value::Int(if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            })),
            BinOp::LShift
                if (0..63).contains(&y) && x.unsigned_abs().leading_zeros() as i64 > y + 1 =>
            {
                Some(Value::Int(x << y))
            }
            BinOp::Div => {
                return Some(if y == 0 {
                    Err(zero_division("division by zero"))
                } else if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                    Ok(Value::Float(x as f64 / y as f64))
                } else {
                    true_div_big(&big(x), &big(y))
                })
            }
            _ => None,
        };
        if let Some(v) = fast {
            return Some(Ok(v));
        }
    }
    let x = match a {
        I(i) => big(*i),
        B(b) => b.clone(),
        _ => return None,
    };
    let y = match b {
        I(i) => big(*i),
        B(b) => b.clone(),
        _ => return None,
    };
    Some(match op {
        BinOp::Add => Ok(int_result(x + y)),
        BinOp::Sub => Ok(int_result(x - y)),
        BinOp::Mul => Ok(int_result(x * y)),
        BinOp::Div => true_div_big(&x, &y),
        BinOp::FloorDiv => {
            if y.is_zero() {
                Err(zero_division("integer division or modulo by zero"))
            } else {
                Ok(int_result(x.div_floor(&y)))
            }
        }
        BinOp::Mod => {
            if y.is_zero() {
                Err(zero_division("integer modulo by zero"))
            } else {
                Ok(int_result(x.mod_floor(&y)))
            }
        }
        BinOp::Pow => {
            if y.is_negative() {
                match (bigint_to_f64(&x), bigint_to_f64(&y)) {
                    (Ok(fx), Ok(fy)) => float_pow(fx, fy),
                    (Err(e), _) | (_, Err(e)) => Err(e),
                }
            } else {
                match y.to_u64() {
                    Some(e) => int_pow(&x, e),
                    None => int_pow(&x, u64::MAX),
                }
            }
        }
        BinOp::BitAnd => Ok(int_result(x & y)),
        BinOp::BitOr => Ok(int_result(x | y)),
        BinOp::BitXor => Ok(int_result(x ^ y)),
        BinOp::LShift => {
            if y.is_negative() {
                Err(Exc::new(ExcType::ValueError, "negative shift count"))
            } else {
                match y.to_u32() {
                    Some(s) if s < 100_000_000 => Ok(int_result(x << s as usize)),
                    _ => Err(overflow_error("too many digits in integer")),
                }
            }
        }
        BinOp::RShift => {
            if y.is_negative() {
                Err(Exc::new(ExcType::ValueError, "negative shift count"))
            } else {
                match y.to_u32() {
                    Some(s) => {
                        // Arithmetic shift rounds toward negative infinity.
                        let d = num_traits::pow::Pow::pow(&big(2), s);
                        Ok(int_result(x.div_floor(&d)))
                    }
                    None => Ok(Value::Int(if x.is_negative() { -1 } else { 0 })),
                }
            }
        }
        BinOp::MatMul => return None,
    })
}

fn true_div_big(x: &BigInt, y: &BigInt) -> Res<Value> {
    if y.is_zero() {
        return Err(zero_division("division by zero"));
    }
    match (x.to_f64(), y.to_f64()) {
        (Some(a), Some(b))
            if a.is_finite() && b.is_finite() && a.abs() < 9.0e15 && b.abs() < 9.0e15 =>
        {
            Ok(Value::Float(a / b))
        }
        _ => {
            // Correctly rounded for large operands: scale to keep 60+ bits of quotient.
            let (q, r) = x.div_rem(y);
            let qf = q.to_f64().unwrap_or(f64::INFINITY);
            if !qf.is_finite() {
                return Err(overflow_error(
                    "integer division result too large for a float",
                ));
            }
            let rf = r.to_f64().unwrap_or(0.0) / y.to_f64().unwrap_or(f64::INFINITY);
            Ok(Value::Float(qf + if rf.is_finite() { rf } else { 0.0 }))
        }
    }
}

impl Interp {
    /// The binary operator protocol: `a.__op__(b)`, then `b.__rop__(a)`.
    pub fn binary_op(&mut self, op: BinOp, a: Value, b: Value) -> Res<Value> {
        if let (Some(x), Some(y)) = (to_num(&a), to_num(&b)) {
            // bool & | ^ bool stays bool.
            if let (Value::Bool(p), Value::Bool(q)) = (&a, &b) {
                match op {
                    BinOp::BitAnd => return Ok(Value::Bool(*p & *q)),
                    BinOp::BitOr => return Ok(Value::Bool(*p | *q)),
                    BinOp::BitXor => return Ok(Value::Bool(*p ^ *q)),
                    _ => {}
                }
            }
            if let Some(r) = numeric_op(op, &x, &y) {
                return r;
            }
        }
        // The builtin types' own operators first: a left operand's method goes before the right one's
        // reflected one (`"%s" % array` formats).
        if let Some(r) = self.builtin_binary(op, &a, &b)? {
            return Ok(r);
        }
        if let Some(r) = self.slot_binary(op, &a, &b)? {
            return Ok(r);
        }
        let (fwd, rev, _) = op.dunders();
        if let Some(r) = self.dunder_binary(&a, &b, fwd, rev)? {
            return Ok(r);
        }
        match (op, &a) {
            (BinOp::Add, Value::Str(_) | Value::List(_) | Value::Tuple(_)) => {
                let k = a.type_name();
                return Err(type_error(format!(
                    "can only concatenate {k} (not \"{}\") to {k}",
                    self.class_of(&b).tp_name()
                )));
            }
            (BinOp::Mul, Value::Str(_) | Value::List(_) | Value::Tuple(_)) | (BinOp::Mul, _)
                if matches!(a, Value::Str(_) | Value::List(_) | Value::Tuple(_))
                    || matches!(b, Value::Str(_) | Value::List(_) | Value::Tuple(_)) =>
            {
                let other = if matches!(a, Value::Str(_) | Value::List(_) | Value::Tuple(_)) {
                    &b
                } else {
                    &a
                };
                return Err(type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    self.class_of(other).tp_name()
                )));
            }
            _ => {}
        }
        Err(type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            if op == BinOp::Pow {
                "** or pow()"
            } else {
                op.symbol()
            },
            self.class_of(&a).tp_name(),
            self.class_of(&b).tp_name()
        )))
    }

    /// A native class's operator slot, when one operand is an instance of that class and the other cannot
    /// claim priority: a builtin value, or an instance of the same class (Python lets a subclass's reflected
    /// method go first, so any other object takes the full protocol).
    fn slot_binary(&mut self, op: BinOp, a: &Value, b: &Value) -> Res<Option<Value>> {
        let slot = match (a, b) {
            (Value::Native(x), Value::Native(y)) if Rc::ptr_eq(&x.class, &y.class) => {
                x.class.binary_slot.get()
            }
            (Value::Native(x), other) | (other, Value::Native(x))
                if !matches!(other, Value::Native(_) | Value::Instance(_)) =>
            {
                x.class.binary_slot.get()
            }
            _ => None,
        };
        match slot {
            Some(f) => match f(self, op, a, b)? {
                Value::NotImplemented => Ok(None),
                r => Ok(Some(r)),
            },
            None => Ok(None),
        }
    }

    /// Try `a.fwd(b)` then `b.rev(a)` for objects whose classes define them. `None` if neither applies.
    pub fn dunder_binary(
        &mut self,
        a: &Value,
        b: &Value,
        fwd: &str,
        rev: &str,
    ) -> Res<Option<Value>> {
        self.dunder_protocol(a, b, fwd, rev, false)
    }

    /// Rich comparisons try the reflected method even between instances of the same class.
    pub fn dunder_compare(
        &mut self,
        a: &Value,
        b: &Value,
        fwd: &str,
        rev: &str,
    ) -> Res<Option<Value>> {
        self.dunder_protocol(a, b, fwd, rev, true)
    }

    fn dunder_protocol(
        &mut self,
        a: &Value,
        b: &Value,
        fwd: &str,
        rev: &str,
        reflect_same: bool,
    ) -> Res<Option<Value>> {
        let ca = self.class_of(a);
        let cb = self.class_of(b);
        let a_obj = matches!(a, Value::Instance(_) | Value::Native(_));
        let b_obj = matches!(b, Value::Instance(_) | Value::Native(_));
        let same = Rc::ptr_eq(&ca, &cb);
        // A subclass's reflected method goes first (Python's rule).
        if b_obj && !same && cb.is_subclass_of(&ca) {
            if let Some(m) = cb.lookup(rev) {
                let r = self.call(&m, vec![b.clone(), a.clone()], vec![])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        if a_obj {
            if let Some(m) = ca.lookup(fwd) {
                let r = self.call(&m, vec![a.clone(), b.clone()], vec![])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        if b_obj && (!same || reflect_same) {
            if let Some(m) = cb.lookup(rev) {
                let r = self.call(&m, vec![b.clone(), a.clone()], vec![])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        Ok(None)
    }

    /// Sequence and set operators of the builtin types.
    fn builtin_binary(&mut self, op: BinOp, a: &Value, b: &Value) -> Res<Option<Value>> {
        Ok(Some(match (op, a, b) {
            (BinOp::Add, Value::Str(x), Value::Str(y)) => {
                let mut s = String::with_capacity(x.len() + y.len());
                s.push_str(x);
                s.push_str(y);
                Value::Str(Rc::from(s))
            }
            (BinOp::Add, Value::List(x), Value::List(y)) => {
                let mut v = x.borrow().clone();
                v.extend(y.borrow().iter().cloned());
                Value::list(v)
            }
            (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
                Value::tuple(x.iter().chain(y.iter()).cloned().collect())
            }
            (BinOp::Add, Value::Bytes(x), Value::Bytes(y)) => {
                Value::Bytes(Rc::from([&x[..], &y[..]].concat()))
            }
            (BinOp::Mul, seq @ (Value::Str(_) | Value::List(_) | Value::Tuple(_)), n)
            | (BinOp::Mul, n, seq @ (Value::Str(_) | Value::List(_) | Value::Tuple(_))) => {
                let count = match n {
                    Value::Int(i) => *i,
                    Value::Bool(b) => *b as i64,
                    Value::BigInt(b) => {
                        if b.is_negative() {
                            0
                        } else {
                            return Err(overflow_error(
                                "cannot fit 'int' into an index-sized integer",
                            ));
                        }
                    }
                    other @ (Value::Instance(_) | Value::Native(_)) => {
                        // As CPython: the object's own `*` comes before the sequence's repeat.
                        let (fwd, rev, _) = op.dunders();
                        if let Some(r) = self.dunder_binary(a, b, fwd, rev)? {
                            return Ok(Some(r));
                        }
                        match self.index_protocol(other)? {
                            Some(Value::Int(i)) => i,
                            _ => return Ok(None),
                        }
                    }
                    _ => return Ok(None),
                };
                return self.repeat(seq, count).map(Some);
            }
            (BinOp::Mod, Value::Str(fmt), args) => {
                Value::Str(Rc::from(self.percent_format(fmt, args)?))
            }
            (BinOp::BitOr, Value::Dict(x), Value::Dict(y)) => {
                let mut d = x.borrow().clone();
                for (k, v) in y.borrow().iter() {
                    d.insert(k.clone(), v.clone());
                }
                Value::dict(d)
            }
            (
                BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
                Value::Set(_) | Value::FrozenSet(_),
                Value::Set(_) | Value::FrozenSet(_),
            ) => {
                let x = self.set_items(a);
                let y = self.set_items(b);
                let out: PySet = match op {
                    BinOp::BitOr => x.iter().chain(y.iter()).cloned().collect(),
                    BinOp::BitAnd => x.iter().filter(|k| y.contains(*k)).cloned().collect(),
                    BinOp::Sub => x.iter().filter(|k| !y.contains(*k)).cloned().collect(),
                    _ => x
                        .iter()
                        .filter(|k| !y.contains(*k))
                        .chain(y.iter().filter(|k| !x.contains(*k)))
                        .cloned()
                        .collect(),
                };
                if matches!(a, Value::FrozenSet(_)) {
                    Value::FrozenSet(Rc::new(out))
                } else {
                    Value::Set(Rc::new(std::cell::RefCell::new(out)))
                }
            }
            _ => return Ok(None),
        }))
    }

    pub fn set_items(&self, v: &Value) -> PySet {
        match v {
            Value::Set(s) => s.borrow().clone(),
            Value::FrozenSet(s) => (**s).clone(),
            _ => PySet::default(),
        }
    }

    fn repeat(&mut self, seq: &Value, count: i64) -> Res<Value> {
        let n = count.max(0) as usize;
        let empty = match seq {
            Value::Str(s) => s.is_empty(),
            Value::List(l) => l.borrow().is_empty(),
            Value::Tuple(t) => t.is_empty(),
            _ => false,
        };
        if empty || n == 0 {
            // Nothing to repeat: never loop `count` times for an empty result.
            return Ok(match seq {
                Value::Str(_) => Value::str(""),
                Value::List(_) => Value::list(vec![]),
                _ => Value::tuple(vec![]),
            });
        }
        let len = match seq {
            Value::Str(s) => s.len(),
            Value::List(l) => l.borrow().len(),
            Value::Tuple(t) => t.len(),
            _ => 0,
        };
        if len.saturating_mul(n) > super::MAX_ELEMENTS {
            return Err(Exc::with_args(ExcType::MemoryError, vec![]));
        }
        Ok(match seq {
            Value::Str(s) => Value::Str(Rc::from(s.repeat(n))),
            Value::List(l) => {
                let items = l.borrow();
                let mut out = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    out.extend(items.iter().cloned());
                }
                Value::list(out)
            }
            Value::Tuple(t) => {
                let mut out = Vec::with_capacity(t.len() * n);
                for _ in 0..n {
                    out.extend(t.iter().cloned());
                }
                Value::tuple(out)
            }
            _ => Value::None,
        })
    }

    /// Augmented assignment: `__iop__` first (in-place for lists, sets, dicts), then the binary operator.
    pub fn inplace_op(&mut self, op: BinOp, a: Value, b: Value) -> Res<Value> {
        match (op, &a) {
            (BinOp::Add, Value::List(l)) => {
                let items = self.collect(&b)?;
                l.borrow_mut().extend(items);
                return Ok(a);
            }
            (BinOp::Mul, Value::List(l)) => {
                if let Value::Int(n) = b {
                    let items = l.borrow().clone();
                    let mut out = Vec::new();
                    for _ in 0..n.max(0) {
                        out.extend(items.iter().cloned());
                    }
                    *l.borrow_mut() = out;
                    return Ok(a);
                }
            }
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Value::Set(s))
                if matches!(b, Value::Set(_) | Value::FrozenSet(_)) =>
            {
                let r = self.binary_op(op, a.clone(), b)?;
                let items = self.set_items(&r);
                *s.borrow_mut() = items;
                return Ok(a);
            }
            (BinOp::BitOr, Value::Dict(d)) => {
                for (k, v) in self.mapping_items(&b)? {
                    let k = self.hkey(k)?;
                    d.borrow_mut().insert(k, v);
                }
                return Ok(a);
            }
            _ => {}
        }
        if matches!(a, Value::Instance(_) | Value::Native(_)) {
            let (_, _, iname) = op.dunders();
            if let Some(m) = self.class_of(&a).lookup(iname) {
                let r = self.call(&m, vec![a.clone(), b.clone()], vec![])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        self.binary_op(op, a, b).map_err(|e| {
            // Python names the augmented operator in the message.
            if let Some(ExcType::TypeError) = e.builtin_kind() {
                if let super::exceptions::Payload::Builtin(_, args) = &e.payload {
                    if let Some(Value::Str(m)) = args.first() {
                        if m.starts_with("unsupported operand type(s) for ") {
                            let sym = if op == BinOp::Pow {
                                "** or pow()"
                            } else {
                                op.symbol()
                            };
                            let fixed = m.replacen(
                                &format!("for {sym}:"),
                                &format!("for {}=:", op.symbol()),
                                1,
                            );
                            return type_error(fixed);
                        }
                    }
                }
            }
            e
        })
    }

    pub fn unary_op(&mut self, op: UnaryOp, v: Value) -> Res<Value> {
        match (op, &v) {
            (UnaryOp::Not, _) => return Ok(Value::Bool(!self.truthy(&v)?)),
            (UnaryOp::Neg, Value::Int(i)) => {
                return Ok(match i.checked_neg() {
                    Some(n) => Value::Int(n),
                    None => int_result(-big(*i)),
                })
            }
            (UnaryOp::Neg, Value::Bool(b)) => return Ok(Value::Int(-(*b as i64))),
            (UnaryOp::Neg, Value::BigInt(b)) => return Ok(int_result(-(**b).clone())),
            (UnaryOp::Neg, Value::Float(f)) => return Ok(Value::Float(-f)),
            (UnaryOp::Neg, Value::Complex(a, b)) => return Ok(Value::Complex(-a, -b)),
            (UnaryOp::Pos, Value::Bool(b)) => return Ok(Value::Int(*b as i64)),
            (
                UnaryOp::Pos,
                Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Complex(..),
            ) => return Ok(v),
            (UnaryOp::Invert, Value::Int(i)) => return Ok(Value::Int(!i)),
            (UnaryOp::Invert, Value::Bool(b)) => return Ok(Value::Int(!(*b as i64))),
            (UnaryOp::Invert, Value::BigInt(b)) => return Ok(int_result(-(**b).clone() - 1)),
            _ => {}
        }
        let name = match op {
            UnaryOp::Neg => "__neg__",
            UnaryOp::Pos => "__pos__",
            UnaryOp::Invert => "__invert__",
            UnaryOp::Not => "__bool__",
        };
        if matches!(v, Value::Instance(_) | Value::Native(_)) {
            if let Some(m) = self.class_of(&v).lookup(name) {
                return self.call(&m, vec![v.clone()], vec![]);
            }
        }
        let sym = match op {
            UnaryOp::Neg => "unary -",
            UnaryOp::Pos => "unary +",
            UnaryOp::Invert => "unary ~",
            UnaryOp::Not => "not",
        };
        Err(type_error(format!(
            "bad operand type for {}: '{}'",
            sym,
            self.class_of(&v).tp_name()
        )))
    }

    pub fn truthy(&mut self, v: &Value) -> Res<bool> {
        Ok(match v {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::BigInt(b) => !b.is_zero(),
            Value::Float(f) => *f != 0.0,
            Value::Complex(a, b) => *a != 0.0 || *b != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Dict(d) => !d.borrow().is_empty(),
            Value::Set(s) => !s.borrow().is_empty(),
            Value::FrozenSet(s) => !s.is_empty(),
            Value::Range(a, b, c) => range_len(*a, *b, *c) > 0,
            Value::Instance(_) | Value::Native(_) => {
                let class = self.class_of(v);
                if let Some(m) = class.lookup("__bool__") {
                    match self.call(&m, vec![v.clone()], vec![])? {
                        Value::Bool(b) => b,
                        other => {
                            return Err(type_error(format!(
                                "__bool__ should return bool, returned {}",
                                self.class_of(&other).tp_name()
                            )))
                        }
                    }
                } else if let Some(m) = class.lookup("__len__") {
                    let n = self.call(&m, vec![v.clone()], vec![])?;
                    self.truthy(&n)?
                } else {
                    true
                }
            }
            _ => true,
        })
    }

    /// Rich comparison with Python's rules; chained comparisons call this pairwise.
    pub fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> Res<Value> {
        match op {
            CmpOp::Is => Ok(Value::Bool(is_same(a, b))),
            CmpOp::IsNot => Ok(Value::Bool(!is_same(a, b))),
            CmpOp::In => Ok(Value::Bool(self.contains(b, a)?)),
            CmpOp::NotIn => Ok(Value::Bool(!self.contains(b, a)?)),
            CmpOp::Eq => self.rich_eq(a, b, false),
            CmpOp::NotEq => self.rich_eq(a, b, true),
            CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE => self.order(op, a, b),
        }
    }

    fn rich_eq(&mut self, a: &Value, b: &Value, negate: bool) -> Res<Value> {
        let a_obj = matches!(a, Value::Instance(_) | Value::Native(_));
        let b_obj = matches!(b, Value::Instance(_) | Value::Native(_));
        if a_obj || b_obj {
            let (fwd, rev) = if negate {
                ("__ne__", "__ne__")
            } else {
                ("__eq__", "__eq__")
            };
            if let Some(r) = self.dunder_compare(a, b, fwd, rev)? {
                return Ok(r);
            }
            // __ne__ defaults to the inverse of __eq__ (object's __ne__); a class's own __ne__ that returned
            // NotImplemented leaves the identity test (`tensor != array` is True).
            let own_ne = |me: &Self, v: &Value| me.class_of(v).lookup("__ne__").is_some();
            if negate && !own_ne(self, a) && !own_ne(self, b) {
                if let Some(r) = self.dunder_compare(a, b, "__eq__", "__eq__")? {
                    let t = self.truthy(&r)?;
                    return Ok(Value::Bool(!t));
                }
            }
            return Ok(Value::Bool(is_same(a, b) != negate));
        }
        Ok(Value::Bool(self.eq_values(a, b)? != negate))
    }

    /// `a == b` as a Rust bool (containers compare element-wise).
    pub fn eq_values(&mut self, a: &Value, b: &Value) -> Res<bool> {
        if matches!(a, Value::List(_) | Value::Tuple(_) | Value::Dict(_)) {
            // Self-containing containers would recurse forever; Python raises RecursionError.
            self.depth += 1;
            let r = if self.depth > super::RECURSION_LIMIT {
                Err(Exc::new(
                    ExcType::RecursionError,
                    "maximum recursion depth exceeded in comparison",
                ))
            } else {
                self.eq_values_inner(a, b)
            };
            self.depth -= 1;
            return r;
        }
        self.eq_values_inner(a, b)
    }

    fn eq_values_inner(&mut self, a: &Value, b: &Value) -> Res<bool> {
        Ok(match (a, b) {
            (Value::Str(x), Value::Str(y)) => x == y,
            (Value::Int(x), Value::Int(y)) => x == y,
            (Value::Float(x), Value::Float(y)) => x == y,
            (Value::List(x), Value::List(y)) => {
                if Rc::ptr_eq(x, y) {
                    return Ok(true);
                }
                let (xs, ys) = (x.borrow().clone(), y.borrow().clone());
                self.seq_eq(&xs, &ys)?
            }
            (Value::Tuple(x), Value::Tuple(y)) => self.seq_eq(x, y)?,
            (Value::Dict(x), Value::Dict(y)) => {
                let (xs, ys) = (x.borrow().clone(), y.borrow().clone());
                if xs.len() != ys.len() {
                    return Ok(false);
                }
                for (k, v) in xs.iter() {
                    match ys.get(k) {
                        Some(w) => {
                            if !self.eq_values(v, w)? {
                                return Ok(false);
                            }
                        }
                        None => return Ok(false),
                    }
                }
                true
            }
            (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) => {
                let (x, y) = (self.set_items(a), self.set_items(b));
                x.len() == y.len() && x.iter().all(|k| y.contains(k))
            }
            (Value::Range(a1, a2, a3), Value::Range(b1, b2, b3)) => {
                let la = range_len(*a1, *a2, *a3);
                let lb = range_len(*b1, *b2, *b3);
                la == lb && (la == 0 || (a1 == b1 && (la == 1 || a3 == b3)))
            }
            (Value::Instance(_) | Value::Native(_), _)
            | (_, Value::Instance(_) | Value::Native(_)) => {
                let r = self.rich_eq(a, b, false)?;
                self.truthy(&r)?
            }
            _ => match (to_num(a), to_num(b)) {
                (Some(x), Some(y)) => num_eq(&x, &y),
                _ => key_eq(a, b) && !matches!(a, Value::Float(f) if f.is_nan()),
            },
        })
    }

    fn seq_eq(&mut self, x: &[Value], y: &[Value]) -> Res<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        for (p, q) in x.iter().zip(y.iter()) {
            if !is_same(p, q) && !self.eq_values(p, q)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn order(&mut self, op: CmpOp, a: &Value, b: &Value) -> Res<Value> {
        if let (Some(x), Some(y)) = (to_num(a), to_num(b)) {
            if !matches!(x, Num::C(..)) && !matches!(y, Num::C(..)) {
                let c = num_cmp(&x, &y);
                return Ok(Value::Bool(match c {
                    None => false,
                    Some(o) => cmp_holds(op, o),
                }));
            }
        }
        match (a, b) {
            (Value::Str(x), Value::Str(y)) => return Ok(Value::Bool(cmp_holds(op, x.cmp(y)))),
            (Value::List(x), Value::List(y)) => {
                let (xs, ys) = (x.borrow().clone(), y.borrow().clone());
                return self.seq_order(op, &xs, &ys);
            }
            (Value::Tuple(x), Value::Tuple(y)) => {
                return self.seq_order(op, &x.clone(), &y.clone())
            }
            (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) => {
                let (x, y) = (self.set_items(a), self.set_items(b));
                let sub = x.iter().all(|k| y.contains(k));
                let sup = y.iter().all(|k| x.contains(k));
                return Ok(Value::Bool(match op {
                    CmpOp::LtE => sub,
                    CmpOp::Lt => sub && x.len() < y.len(),
                    CmpOp::GtE => sup,
                    _ => sup && x.len() > y.len(),
                }));
            }
            _ => {}
        }
        let (fwd, rev) = match op {
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::LtE => ("__le__", "__ge__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            _ => ("__ge__", "__le__"),
        };
        if let Some(r) = self.dunder_compare(a, b, fwd, rev)? {
            return Ok(r);
        }
        Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            self.class_of(a).tp_name(),
            self.class_of(b).tp_name()
        )))
    }

    fn seq_order(&mut self, op: CmpOp, x: &[Value], y: &[Value]) -> Res<Value> {
        for (p, q) in x.iter().zip(y.iter()) {
            if !self.eq_values(p, q)? {
                return self.order(op, p, q);
            }
        }
        Ok(Value::Bool(cmp_holds(op, x.len().cmp(&y.len()))))
    }

    /// `a < b` as a Rust bool, for sorting.
    pub fn less_than(&mut self, a: &Value, b: &Value) -> Res<bool> {
        let r = self.order(CmpOp::Lt, a, b)?;
        self.truthy(&r)
    }

    pub fn contains(&mut self, container: &Value, item: &Value) -> Res<bool> {
        match container {
            Value::Str(s) => match item.as_str() {
                Some(sub) => Ok(s.contains(&**sub)),
                None => Err(type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.class_of(item).tp_name()
                ))),
            },
            Value::List(l) => {
                let items = l.borrow().clone();
                for x in items.iter() {
                    if is_same(x, item) || self.eq_values(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Tuple(t) => {
                for x in t.iter() {
                    if is_same(x, item) || self.eq_values(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Dict(d) => {
                let k = self.hkey(item.clone())?;
                Ok(d.borrow().contains_key(&k))
            }
            Value::Set(s) => {
                let k = self.hkey(item.clone())?;
                Ok(s.borrow().contains(&k))
            }
            Value::FrozenSet(s) => {
                let k = self.hkey(item.clone())?;
                Ok(s.contains(&k))
            }
            Value::Range(start, stop, step) => {
                let Some(Num::I(i)) = to_num(item).filter(|n| matches!(n, Num::I(_))) else {
                    return Ok(false);
                };
                let (start, stop, step) = (*start, *stop, *step);
                let inside = if step > 0 {
                    i >= start && i < stop
                } else {
                    i <= start && i > stop
                };
                Ok(inside && (i - start) % step == 0)
            }
            Value::Instance(_) | Value::Native(_) => {
                if let Some(m) = self.class_of(container).lookup("__contains__") {
                    let r = self.call(&m, vec![container.clone(), item.clone()], vec![])?;
                    return self.truthy(&r);
                }
                let it = self.iter(container)?;
                while let Some(x) = self.next(&it)? {
                    if self.eq_values(&x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Iterator(_) => {
                while let Some(x) = self.next(container)? {
                    if self.eq_values(&x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(type_error(format!(
                "argument of type '{}' is not iterable",
                self.class_of(container).tp_name()
            ))),
        }
    }
}

pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    if step > 0 && start < stop {
        ((stop as i128 - start as i128 - 1) / step as i128 + 1) as i64
    } else if step < 0 && start > stop {
        ((start as i128 - stop as i128 - 1) / (-(step as i128)) + 1) as i64
    } else {
        0
    }
}

/// `a is b`: identity for objects; value identity for immediates (as CPython's caches make it look).
pub fn is_same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::None, Value::None)
        | (Value::NotImplemented, Value::NotImplemented)
        | (Value::Ellipsis, Value::Ellipsis) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x.to_bits() == y.to_bits(),
        (Value::Str(x), Value::Str(y)) => Rc::ptr_eq(x, y) || (x.len() < 32 && x == y),
        (Value::Range(..), _) | (Value::Complex(..), _) => false,
        _ => {
            let (p, q) = (a.identity(), b.identity());
            p != 0 && p == q
        }
    }
}

fn cmp_holds(op: CmpOp, o: std::cmp::Ordering) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CmpOp::Lt => o == Less,
        CmpOp::LtE => o != Greater,
        CmpOp::Gt => o == Greater,
        CmpOp::GtE => o != Less,
        CmpOp::Eq => o == Equal,
        CmpOp::NotEq => o != Equal,
        _ => false,
    }
}

fn num_eq(a: &Num, b: &Num) -> bool {
    match (a, b) {
        (Num::C(x1, y1), other) | (other, Num::C(x1, y1)) => match num_to_complex(other) {
            Ok((x2, y2)) => *x1 == x2 && *y1 == y2,
            Err(_) => false,
        },
        _ => num_cmp(a, b) == Some(std::cmp::Ordering::Equal),
    }
}

/// Exact comparison across int, big int and float (no rounding of large ints), as CPython does.
pub fn num_cmp(a: &Num, b: &Num) -> Option<std::cmp::Ordering> {
    use Num::*;
    match (a, b) {
        (I(x), I(y)) => Some(x.cmp(y)),
        (F(x), F(y)) => x.partial_cmp(y),
        (I(x), F(y)) => int_float_cmp(&big(*x), *y),
        (F(x), I(y)) => int_float_cmp(&big(*y), *x).map(|o| o.reverse()),
        (B(x), F(y)) => int_float_cmp(x, *y),
        (F(x), B(y)) => int_float_cmp(y, *x).map(|o| o.reverse()),
        (B(x), B(y)) => Some(x.cmp(y)),
        (I(x), B(y)) => Some(big(*x).cmp(y)),
        (B(x), I(y)) => Some(x.cmp(&big(*y))),
        _ => None,
    }
}

fn int_float_cmp(i: &BigInt, f: f64) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            std::cmp::Ordering::Less
        } else {
            std::cmp::Ordering::Greater
        });
    }
    let fl = f.floor();
    let fi = num_bigint::BigInt::from(fl as i128);
    let fi = if fl.abs() >= 1e38 {
        // Beyond i128: go through the decimal expansion.
        format!("{:.0}", fl).parse::<BigInt>().unwrap_or(fi)
    } else {
        fi
    };
    match i.cmp(&fi) {
        std::cmp::Ordering::Equal if f > fl => Some(std::cmp::Ordering::Less),
        o => Some(o),
    }
}
