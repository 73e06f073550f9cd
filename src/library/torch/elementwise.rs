//! torch's elementwise functions from two tables, each row giving `torch.f`, `Tensor.f` and the in-place
//! `Tensor.f_`: unary math (integers become the default float where PyTorch's do) and binary ops with PyTorch's
//! promotion (`alpha=`, `rounding_mode=`, comparisons, logical and bitwise ops); and the functions built on them:
//! the clamp family, isclose/allclose/equal, where/nonzero, nan_to_num, logit, round(decimals=).

use super::tensor::{operand, result_type, torch_type_word, Operand};
use super::*;
use crate::autograd::elementwise as ew;
use crate::autograd::ops as aops;
use crate::autograd::rules::ClampName;
use crate::library::args;
use crate::tensor::dtype::{can_cast, Casting};
use crate::tensor::ops::{self as tops, BinaryOp, CompareOp, UnaryOp};

// ------------------------------------------------------------------ in-place writes

/// Write `r` (an out-of-place result) into the tensor `target` holds, as `x.f_()` does: the result must cast to
/// `x`'s dtype within its kind (bool into anything); `word` names dtypes in the error as the op's message does.
fn write_back(target: &Value, r: Var, word: fn(DType) -> &'static str) -> Res<Value> {
    let x = this(target)?;
    let (rd, xd) = (r.dtype(), x.dtype());
    let r = if rd == xd {
        r
    } else if can_cast(rd, xd, Casting::SameKind) {
        aops::cast(&r, xd).map_err(grad_error)?
    } else {
        return Err(Exc::new(
            ExcType::RuntimeError,
            format!(
                "result type {} can't be cast to the desired output type {}",
                torch_type_word(rd),
                word(xd)
            ),
        ));
    };
    if r.t.shape != x.t.shape {
        return Err(Exc::new(
            ExcType::RuntimeError,
            format!(
                "output with shape {:?} doesn't match the broadcast shape {:?}",
                x.t.shape, r.t.shape
            ),
        ));
    }
    super::tensor::commit_inplace(target, &x, &r)
}

/// `x.f_(...)`: refuse what PyTorch refuses, compute `f` out of place, write it back.
fn in_place(
    me: &mut Interp,
    target: &Value,
    operands: &[Value],
    f: impl FnOnce(&mut Interp) -> Res<Value>,
) -> Res<Value> {
    let r = super::tensor::compute_before_write(me, target, operands, f)?;
    write_back(target, this(&r)?, torch_type_word)
}

// ------------------------------------------------------------------ unary math

/// How a row of the unary table computes.
#[derive(Clone, Copy)]
enum Math {
    /// A runtime op; `true`: integer inputs give the default float dtype (`torch.exp(int_tensor)` is float32).
    Unary(UnaryOp, bool),
    Sigmoid,
    Relu,
    Rsqrt,
    Frac,
    /// `isposinf` (true) or `isneginf`.
    SignedInf(bool),
    /// `round(input, *, decimals=0)`.
    Round,
    /// `logit(input, eps=None)`.
    Logit,
    /// `nan_to_num(input, nan=0.0, posinf=None, neginf=None)`.
    NanToNum,
    /// The input itself.
    Positive,
    /// `~x` on bool and integer tensors.
    BitwiseNot,
}

struct MathRow {
    name: &'static str,
    /// The in-place method's name, where PyTorch has one.
    inplace: Option<&'static str>,
    sig: &'static str,
    op: Math,
}

const fn row(name: &'static str, inplace: Option<&'static str>, op: Math) -> MathRow {
    MathRow {
        name,
        inplace,
        sig: "input, /",
        op,
    }
}

const fn float_row(name: &'static str, inplace: &'static str, op: UnaryOp) -> MathRow {
    row(name, Some(inplace), Math::Unary(op, true))
}

const MATH: &[MathRow] = &[
    row("abs", Some("abs_"), Math::Unary(UnaryOp::Abs, false)),
    row(
        "absolute",
        Some("absolute_"),
        Math::Unary(UnaryOp::Abs, false),
    ),
    row("neg", Some("neg_"), Math::Unary(UnaryOp::Neg, false)),
    row(
        "negative",
        Some("negative_"),
        Math::Unary(UnaryOp::Neg, false),
    ),
    row("positive", None, Math::Positive),
    row("sign", Some("sign_"), Math::Unary(UnaryOp::Sign, false)),
    row(
        "square",
        Some("square_"),
        Math::Unary(UnaryOp::Square, false),
    ),
    row("floor", Some("floor_"), Math::Unary(UnaryOp::Floor, false)),
    row("ceil", Some("ceil_"), Math::Unary(UnaryOp::Ceil, false)),
    MathRow {
        name: "round",
        inplace: Some("round_"),
        sig: "input, *, decimals=0",
        op: Math::Round,
    },
    row("trunc", Some("trunc_"), Math::Unary(UnaryOp::Trunc, false)),
    row("fix", Some("fix_"), Math::Unary(UnaryOp::Trunc, false)),
    row("frac", Some("frac_"), Math::Frac),
    float_row("sqrt", "sqrt_", UnaryOp::Sqrt),
    row("rsqrt", Some("rsqrt_"), Math::Rsqrt),
    float_row("exp", "exp_", UnaryOp::Exp),
    float_row("exp2", "exp2_", UnaryOp::Exp2),
    float_row("expm1", "expm1_", UnaryOp::Expm1),
    float_row("log", "log_", UnaryOp::Log),
    float_row("log2", "log2_", UnaryOp::Log2),
    float_row("log10", "log10_", UnaryOp::Log10),
    float_row("log1p", "log1p_", UnaryOp::Log1p),
    float_row("sin", "sin_", UnaryOp::Sin),
    float_row("cos", "cos_", UnaryOp::Cos),
    float_row("tan", "tan_", UnaryOp::Tan),
    float_row("asin", "asin_", UnaryOp::Arcsin),
    float_row("arcsin", "arcsin_", UnaryOp::Arcsin),
    float_row("acos", "acos_", UnaryOp::Arccos),
    float_row("arccos", "arccos_", UnaryOp::Arccos),
    float_row("atan", "atan_", UnaryOp::Arctan),
    float_row("arctan", "arctan_", UnaryOp::Arctan),
    float_row("sinh", "sinh_", UnaryOp::Sinh),
    float_row("cosh", "cosh_", UnaryOp::Cosh),
    float_row("tanh", "tanh_", UnaryOp::Tanh),
    float_row("asinh", "asinh_", UnaryOp::Arcsinh),
    float_row("arcsinh", "arcsinh_", UnaryOp::Arcsinh),
    float_row("acosh", "acosh_", UnaryOp::Arccosh),
    float_row("arccosh", "arccosh_", UnaryOp::Arccosh),
    float_row("atanh", "atanh_", UnaryOp::Arctanh),
    float_row("arctanh", "arctanh_", UnaryOp::Arctanh),
    float_row("reciprocal", "reciprocal_", UnaryOp::Reciprocal),
    float_row("deg2rad", "deg2rad_", UnaryOp::Deg2Rad),
    float_row("rad2deg", "rad2deg_", UnaryOp::Rad2Deg),
    row("isnan", None, Math::Unary(UnaryOp::IsNan, false)),
    row("isinf", None, Math::Unary(UnaryOp::IsInf, false)),
    row("isfinite", None, Math::Unary(UnaryOp::IsFinite, false)),
    row("isposinf", None, Math::SignedInf(true)),
    row("isneginf", None, Math::SignedInf(false)),
    row("signbit", None, Math::Unary(UnaryOp::Signbit, false)),
    row(
        "logical_not",
        Some("logical_not_"),
        Math::Unary(UnaryOp::LogicalNot, false),
    ),
    row("bitwise_not", Some("bitwise_not_"), Math::BitwiseNot),
    float_row("erf", "erf_", UnaryOp::Erf),
    float_row("erfc", "erfc_", UnaryOp::Erfc),
    row("sigmoid", Some("sigmoid_"), Math::Sigmoid),
    row("relu", Some("relu_"), Math::Relu),
    MathRow {
        name: "logit",
        inplace: Some("logit_"),
        sig: "input, eps=None",
        op: Math::Logit,
    },
    MathRow {
        name: "nan_to_num",
        inplace: Some("nan_to_num_"),
        sig: "input, nan=0.0, posinf=None, neginf=None",
        op: Math::NanToNum,
    },
];

/// PyTorch's refusal of a kernel for a dtype (`"frac_cpu" not implemented for 'Long'`).
fn no_kernel(name: &str, d: DType) -> Box<Exc> {
    Exc::new(
        ExcType::NotImplementedError,
        format!(
            "\"{name}_cpu\" not implemented for '{}'",
            torch_type_word(d)
        ),
    )
}

/// `v` in the default float dtype when it is not floating already.
fn floating(me: &Interp, v: &Var) -> Res<Var> {
    if v.dtype().is_float() || v.dtype().is_complex() {
        Ok(v.clone())
    } else {
        aops::cast(v, default_dtype(me)).map_err(grad_error)
    }
}

fn opt_float(v: &Value) -> Res<Option<f64>> {
    match v {
        Value::None => Ok(None),
        v => args::float(v).map(Some),
    }
}

fn apply_math(me: &mut Interp, m: Math, a: &[Value]) -> Res<Value> {
    let v = this(&a[0])?;
    let d = v.dtype();
    let out = match m {
        Math::Unary(UnaryOp::Neg, _) if d == DType::Bool => {
            return Err(Exc::new(
                ExcType::NotImplementedError,
                "Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.",
            ))
        }
        Math::Unary(op @ (UnaryOp::Erf | UnaryOp::Erfc), _) if d.is_complex() => {
            return Err(Exc::new(
                ExcType::NotImplementedError,
                format!("\"{}_vml_cpu\" not implemented for '{}'", op.name(), torch_type_word(d)),
            ))
        }
        Math::Unary(op, to_float) => {
            let x = if to_float { floating(me, &v)? } else { v };
            aops::unary_torch(op, &x, x.dtype())
        }
        Math::Sigmoid => aops::sigmoid(&floating(me, &v)?),
        Math::Relu => aops::relu(&v),
        Math::Rsqrt => ew::rsqrt(&floating(me, &v)?),
        Math::Frac if !d.is_float() => return Err(no_kernel("frac", d)),
        Math::Frac => ew::frac(&v),
        Math::SignedInf(pos) => {
            let inf = tops::unary(UnaryOp::IsInf, &v.t, d).map_err(tensor_error)?;
            let op = if pos { CompareOp::Gt } else { CompareOp::Lt };
            let side = tops::compare(op, &v.t, &Tensor::scalar(0.0).cast(d), d)
                .and_then(|s| tops::compare(CompareOp::And, &inf, &s, DType::Bool))
                .map_err(tensor_error)?;
            Ok(Var::constant(side))
        }
        Math::Round => match args::int(&a[1], "decimals")? {
            0 => aops::unary(UnaryOp::Rint, &v, d),
            _ if !d.is_float() => return Err(no_kernel("round", d)),
            n => ew::round_decimals(&v, n),
        },
        Math::Logit => ew::logit(&floating(me, &v)?, opt_float(&a[1])?),
        Math::NanToNum => {
            let nan = opt_float(&a[1])?.unwrap_or(0.0);
            ew::nan_to_num(&v, nan, opt_float(&a[2])?, opt_float(&a[3])?)
        }
        Math::Positive if d == DType::Bool => {
            return Err(Exc::new(
                ExcType::RuntimeError,
                "The `+` operator, on a bool tensor is not supported.",
            ))
        }
        Math::Positive => return Ok(a[0].clone()),
        Math::BitwiseNot if !(d.is_int() || d == DType::Bool) => {
            return Err(no_kernel("bitwise_not", d))
        }
        Math::BitwiseNot => aops::unary(UnaryOp::Invert, &v, d),
    }
    .map_err(grad_error)?;
    wrap(me, out)
}

fn math_call(me: &mut Interp, tag: u32, a: Vec<Value>) -> Res<Value> {
    apply_math(me, MATH[tag as usize].op, &a)
}

fn math_inplace_call(me: &mut Interp, tag: u32, a: Vec<Value>) -> Res<Value> {
    let m = MATH[tag as usize].op;
    let target = a[0].clone();
    in_place(me, &target, &a[1..], |me| apply_math(me, m, &a))
}

/// `-x`.
pub(super) fn negate(me: &mut Interp, x: &Value) -> Res<Value> {
    apply_math(
        me,
        Math::Unary(UnaryOp::Neg, false),
        std::slice::from_ref(x),
    )
}

/// `abs(x)`.
pub(super) fn absolute(me: &mut Interp, x: &Value) -> Res<Value> {
    apply_math(
        me,
        Math::Unary(UnaryOp::Abs, false),
        std::slice::from_ref(x),
    )
}

/// `~x`: bool and integer tensors only, as PyTorch's operator.
pub(super) fn invert(me: &mut Interp, x: &Value) -> Res<Value> {
    let d = this(x)?.dtype();
    if !(d.is_int() || d == DType::Bool) {
        return Err(type_error(
            "~ (operator.invert) is only implemented on integer and Boolean-type tensors",
        ));
    }
    apply_math(me, Math::BitwiseNot, std::slice::from_ref(x))
}

/// The names of `torch.nn.functional` this module provides.
pub fn functional_items() -> Vec<(&'static str, Value)> {
    ["relu", "sigmoid", "tanh"]
        .iter()
        .filter_map(|n| MATH.iter().position(|r| r.name == *n))
        .map(|i| {
            let r = &MATH[i];
            let doc = row_docs(r.name, "Elementwise activation (PyTorch's).").0;
            let f = if r.name == "relu" {
                crate::library::tagged(r.name, "input, inplace=False", doc, relu_call, i as u32)
            } else {
                crate::library::tagged(r.name, r.sig, doc, math_call, i as u32)
            };
            (r.name, f)
        })
        .collect()
}

/// `F.relu(input, inplace=False)`: `torch.relu`, or `relu_` when asked to write in place.
fn relu_call(me: &mut Interp, tag: u32, a: Vec<Value>) -> Res<Value> {
    let inplace = match a.get(1) {
        Some(flag) => me.truthy(flag)?,
        None => false,
    };
    let input = a.into_iter().take(1).collect();
    if inplace {
        math_inplace_call(me, tag, input)
    } else {
        math_call(me, tag, input)
    }
}

// ------------------------------------------------------------------ binary ops

/// How a row of the binary table computes.
#[derive(Clone, Copy)]
enum Bin {
    Arith(BinaryOp),
    Compare(CompareOp),
    /// C's fmod (the sign of the dividend).
    Fmod,
}

struct BinRow {
    name: &'static str,
    inplace: Option<&'static str>,
    sig: &'static str,
    op: Bin,
}

const PLAIN: &str = "input, other";
const ALPHA: &str = "input, other, *, alpha=1";
const ROUNDING: &str = "input, other, *, rounding_mode=None";

const fn bin(name: &'static str, inplace: &'static str, op: Bin) -> BinRow {
    BinRow {
        name,
        inplace: Some(inplace),
        sig: PLAIN,
        op,
    }
}

const fn arith_row(name: &'static str, inplace: &'static str, op: BinaryOp) -> BinRow {
    bin(name, inplace, Bin::Arith(op))
}

/// A row with no in-place form.
const fn no_inplace(name: &'static str, op: BinaryOp) -> BinRow {
    BinRow {
        inplace: None,
        ..arith_row(name, "", op)
    }
}

/// A row whose function takes keyword arguments beyond `other`.
const fn with_sig(sig: &'static str, row: BinRow) -> BinRow {
    BinRow { sig, ..row }
}

const fn cmp(name: &'static str, inplace: &'static str, op: CompareOp) -> BinRow {
    bin(name, inplace, Bin::Compare(op))
}

const BINARY: &[BinRow] = &[
    with_sig(ALPHA, arith_row("add", "add_", BinaryOp::Add)),
    with_sig(ALPHA, arith_row("sub", "sub_", BinaryOp::Sub)),
    with_sig(ALPHA, arith_row("subtract", "subtract_", BinaryOp::Sub)),
    arith_row("mul", "mul_", BinaryOp::Mul),
    arith_row("multiply", "multiply_", BinaryOp::Mul),
    with_sig(ROUNDING, arith_row("div", "div_", BinaryOp::Div)),
    with_sig(ROUNDING, arith_row("divide", "divide_", BinaryOp::Div)),
    arith_row("true_divide", "true_divide_", BinaryOp::Div),
    arith_row("floor_divide", "floor_divide_", BinaryOp::FloorDiv),
    arith_row("remainder", "remainder_", BinaryOp::Mod),
    bin("fmod", "fmod_", Bin::Fmod),
    arith_row("pow", "pow_", BinaryOp::Pow),
    no_inplace("maximum", BinaryOp::Maximum),
    no_inplace("minimum", BinaryOp::Minimum),
    no_inplace("fmax", BinaryOp::FMax),
    no_inplace("fmin", BinaryOp::FMin),
    arith_row("atan2", "atan2_", BinaryOp::Arctan2),
    arith_row("arctan2", "arctan2_", BinaryOp::Arctan2),
    arith_row("hypot", "hypot_", BinaryOp::Hypot),
    no_inplace("logaddexp", BinaryOp::LogAddExp),
    arith_row("bitwise_and", "bitwise_and_", BinaryOp::BitAnd),
    arith_row("bitwise_or", "bitwise_or_", BinaryOp::BitOr),
    arith_row("bitwise_xor", "bitwise_xor_", BinaryOp::BitXor),
    arith_row(
        "bitwise_left_shift",
        "bitwise_left_shift_",
        BinaryOp::LShift,
    ),
    arith_row(
        "bitwise_right_shift",
        "bitwise_right_shift_",
        BinaryOp::RShift,
    ),
    cmp("eq", "eq_", CompareOp::Eq),
    cmp("ne", "ne_", CompareOp::Ne),
    cmp("not_equal", "not_equal_", CompareOp::Ne),
    cmp("lt", "lt_", CompareOp::Lt),
    cmp("less", "less_", CompareOp::Lt),
    cmp("le", "le_", CompareOp::Le),
    cmp("less_equal", "less_equal_", CompareOp::Le),
    cmp("gt", "gt_", CompareOp::Gt),
    cmp("greater", "greater_", CompareOp::Gt),
    cmp("ge", "ge_", CompareOp::Ge),
    cmp("greater_equal", "greater_equal_", CompareOp::Ge),
    cmp("logical_and", "logical_and_", CompareOp::And),
    cmp("logical_or", "logical_or_", CompareOp::Or),
    cmp("logical_xor", "logical_xor_", CompareOp::Xor),
];

/// PyTorch's kernel name in a dtype refusal, where it differs from the function's.
fn kernel_name(op: BinaryOp) -> &'static str {
    match op {
        BinaryOp::BitAnd => "bitwise_and",
        BinaryOp::BitOr => "bitwise_or",
        BinaryOp::BitXor => "bitwise_xor",
        BinaryOp::LShift => "lshift",
        BinaryOp::RShift => "rshift",
        BinaryOp::Hypot => "hypot",
        other => other.name(),
    }
}

/// Integer division by zero is an error in PyTorch (NumPy gives 0 with a warning).
fn check_int_divisor(d: DType, b: &Operand) -> Res<()> {
    if d.is_int() {
        let zero = tops::compare(
            CompareOp::Eq,
            &b.var().t,
            &Tensor::scalar(0i64).cast(b.var().dtype()),
            b.var().dtype(),
        )
        .map_err(tensor_error)?;
        if zero.to_vec::<bool>().contains(&true) {
            return Err(Exc::new(ExcType::RuntimeError, "ZeroDivisionError"));
        }
    }
    Ok(())
}

/// `a op b` with PyTorch's promotion, dtype rules and refusals (the operators and `torch.add`, ... alike).
pub(super) fn arith(me: &mut Interp, op: BinaryOp, a: &Operand, b: &Operand) -> Res<Value> {
    let mut d = result_type(me, &[a, b]);
    let int_like = d.is_int() || d == DType::Bool;
    match op {
        // True division and these functions of reals give the default float for integers.
        BinaryOp::Div | BinaryOp::Arctan2 | BinaryOp::LogAddExp if int_like => {
            d = default_dtype(me)
        }
        BinaryOp::Hypot if int_like => return Err(no_kernel("hypot", d)),
        BinaryOp::BitAnd
        | BinaryOp::BitOr
        | BinaryOp::BitXor
        | BinaryOp::LShift
        | BinaryOp::RShift
            if !int_like =>
        {
            return Err(no_kernel(kernel_name(op), d))
        }
        BinaryOp::Sub if d == DType::Bool => {
            return Err(Exc::new(
                ExcType::NotImplementedError,
                "Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` operator instead.",
            ))
        }
        BinaryOp::FloorDiv | BinaryOp::Mod => check_int_divisor(d, b)?,
        _ => {}
    }
    let out =
        aops::binary(op, a.var(), b.var(), d, [a.wrapped(), b.wrapped()]).map_err(grad_error)?;
    if op == BinaryOp::Mod && d.is_float() {
        zero_signed_like(&out.t, &a.var().t).map_err(tensor_error)?;
    }
    wrap(me, out)
}

/// PyTorch's remainder keeps C's fmod zero, signed like the dividend `a` (NumPy's takes the divisor's sign):
/// rewrite the zeros of `r` so.
fn zero_signed_like(r: &Tensor, a: &Tensor) -> crate::tensor::TResult<()> {
    let rv = r.cast(DType::F64).to_vec::<f64>();
    let av = a.cast(DType::F64).broadcast_to(&r.shape)?.to_vec::<f64>();
    let fixed: Vec<f64> = rv
        .iter()
        .zip(av)
        .map(|(&x, a)| if x == 0.0 { 0.0f64.copysign(a) } else { x })
        .collect();
    // Float dtypes hold their values exactly in f64, so the round trip changes only the zeros.
    r.assign(&Tensor::from_vec(fixed, r.shape.clone()).cast(r.dtype()))
}

/// A comparison or logical op: bool, computed in the promoted dtype.
pub(super) fn compare(me: &mut Interp, op: CompareOp, a: &Operand, b: &Operand) -> Res<Value> {
    let d = result_type(me, &[a, b]);
    let out = aops::compare(op, a.var(), b.var(), d).map_err(grad_error)?;
    wrap(me, out)
}

/// `alpha=` of add/sub: a Python number matching the result's kind.
fn alpha_of(v: &Value, d: DType) -> Res<Option<f64>> {
    let (x, is_float) = match v {
        Value::Int(1) | Value::Bool(true) if !d.is_complex() => return Ok(None),
        Value::Float(f) => (*f, true),
        Value::Bool(b) => {
            if d != DType::Bool {
                return Err(Exc::new(
                    ExcType::RuntimeError,
                    "Boolean alpha only supported for Boolean results.",
                ));
            }
            (*b as i64 as f64, false)
        }
        other => (args::float(other)?, false),
    };
    if is_float && (d.is_int() || d == DType::Bool) {
        return Err(Exc::new(
            ExcType::RuntimeError,
            "For integral input tensors, argument alpha must not be a floating point number.",
        ));
    }
    Ok(Some(x))
}

fn binary_row(me: &mut Interp, tag: u32, a: &[Value]) -> Res<Value> {
    let row = &BINARY[tag as usize];
    let (Some(x), Some(y)) = (operand(&a[0]), operand(&a[1])) else {
        let (pos, bad) = if operand(&a[0]).is_none() {
            ("input', position 1", &a[0])
        } else {
            ("other', position 2", &a[1])
        };
        let (arg, pos) = pos.split_once("', ").unwrap_or((pos, ""));
        return Err(type_error(format!(
            "{}(): argument '{arg}' ({pos}) must be Tensor, not {}",
            row.name,
            bad.type_name()
        )));
    };
    match row.op {
        // The logical functions take tensors only (the operators `&`, `|`, `^` take numbers too).
        Bin::Compare(CompareOp::And | CompareOp::Or | CompareOp::Xor) if y.wrapped() => {
            Err(type_error(format!(
                "{}(): argument 'other' (position 2) must be Tensor, not {}",
                row.name,
                a[1].type_name()
            )))
        }
        Bin::Compare(op) => compare(me, op, &x, &y),
        Bin::Fmod => {
            let d = result_type(me, &[&x, &y]);
            check_int_divisor(d, &y)?;
            let out = ew::fmod(x.var(), y.var(), d, y.wrapped()).map_err(grad_error)?;
            wrap(me, out)
        }
        Bin::Arith(op @ (BinaryOp::Add | BinaryOp::Sub)) if row.sig == ALPHA => {
            let d = result_type(me, &[&x, &y]);
            match alpha_of(&a[2], d)? {
                None => arith(me, op, &x, &y),
                Some(alpha) => {
                    if op == BinaryOp::Sub && d == DType::Bool {
                        return arith(me, op, &x, &y);
                    }
                    let out = ew::add_alpha(x.var(), y.var(), alpha, op == BinaryOp::Sub, d)
                        .map_err(grad_error)?;
                    wrap(me, out)
                }
            }
        }
        Bin::Arith(BinaryOp::Div) if row.sig == ROUNDING && !matches!(a[2], Value::None) => {
            let mode = args::string(&a[2], "rounding_mode")?;
            let mode = match &*mode {
                "trunc" => ew::Rounding::Trunc,
                "floor" => ew::Rounding::Floor,
                other => {
                    return Err(Exc::new(
                        ExcType::RuntimeError,
                        format!("div expected rounding_mode to be one of None, 'trunc', or 'floor' but found '{other}'"),
                    ))
                }
            };
            let d = result_type(me, &[&x, &y]);
            check_int_divisor(d, &y)?;
            let out = ew::div_rounded(x.var(), y.var(), d, mode).map_err(grad_error)?;
            wrap(me, out)
        }
        Bin::Arith(op) => arith(me, op, &x, &y),
    }
}

fn binary_call(me: &mut Interp, tag: u32, a: Vec<Value>) -> Res<Value> {
    binary_row(me, tag, &a)
}

fn binary_inplace_call(me: &mut Interp, tag: u32, a: Vec<Value>) -> Res<Value> {
    let target = a[0].clone();
    in_place(me, &target, &a[1..], |me| binary_row(me, tag, &a))
}

/// `x op= y` (`__iadd__`, ...): NotImplemented when `y` is not something torch combines with.
pub(super) fn augmented(
    me: &mut Interp,
    op: BinaryOp,
    target: &Value,
    other: &Value,
) -> Res<Value> {
    let Some(b) = operand(other) else {
        return Ok(Value::NotImplemented);
    };
    // The target is read inside, so it is the pre-write copy when one is made.
    in_place(me, target, std::slice::from_ref(other), |me| {
        let a = Operand::Tensor(this(target)?);
        arith(me, op, &a, &b)
    })
}

/// `x op y` for a comparison operator (`__eq__`, `__lt__`, ...).
pub(super) fn compare_values(me: &mut Interp, op: CompareOp, l: &Value, r: &Value) -> Res<Value> {
    // `==` alone takes a NumPy array as a tensor (PyTorch's `eq` binding converts it; the other comparisons
    // refuse it, and NumPy's defer to the tensor).
    let array = |v: &Value| match crate::library::numpy::array::as_array(v) {
        Some((t, false)) if op == CompareOp::Eq => Some(Operand::Tensor(Var::constant(t))),
        _ => None,
    };
    let (Some(a), Some(b)) = (
        operand(l).or_else(|| array(l)),
        operand(r).or_else(|| array(r)),
    ) else {
        return Ok(Value::NotImplemented);
    };
    compare(me, op, &a, &b)
}

// ------------------------------------------------------------------ the tables as functions and methods

/// A float-valued elementwise function on a tensor value (a NumPy ufunc inside `grad` runs as this).
pub(super) fn apply_unary(me: &mut Interp, op: UnaryOp, x: &Value) -> Res<Value> {
    apply_math(me, Math::Unary(op, true), std::slice::from_ref(x))
}

/// `torch.special`'s functions that are rows of the math table (`torch.special.erf` is `torch.erf`).
pub fn special_items() -> Vec<(&'static str, Value)> {
    // (name in torch.special, row of the math table)
    const SPECIAL: &[(&str, &str)] = &[
        ("erf", "erf"),
        ("erfc", "erfc"),
        ("expm1", "expm1"),
        ("exp2", "exp2"),
        ("log1p", "log1p"),
        ("expit", "sigmoid"),
    ];
    let all = functions();
    SPECIAL
        .iter()
        .filter_map(|(name, row)| {
            let f = all.iter().find(|(n, _)| n == row)?;
            Some((*name, f.1.clone()))
        })
        .collect()
}

/// A row's docs (function, method, in-place method) from `elementwise_docs`; `generic` where it has none.
fn row_docs(name: &str, generic: &'static str) -> (&'static str, &'static str, &'static str) {
    match super::elementwise_docs::ELEMENTWISE_DOCS
        .iter()
        .find(|d| d.name == name)
    {
        Some(d) if !d.in_place.is_empty() => (d.function, d.method, d.in_place),
        Some(d) => (d.function, d.method, "The function, in place."),
        None => (generic, generic, "The function, in place."),
    }
}

/// `torch.exp`, `torch.add`, ... from the tables.
pub fn functions() -> Vec<(&'static str, Value)> {
    let math = MATH.iter().enumerate().map(|(i, r)| {
        let doc = row_docs(r.name, "Elementwise function (PyTorch's).").0;
        (
            r.name,
            crate::library::tagged(r.name, r.sig, doc, math_call, i as u32),
        )
    });
    let binary = BINARY.iter().enumerate().map(|(i, r)| {
        let doc = row_docs(
            r.name,
            "Elementwise binary op with PyTorch's type promotion.",
        )
        .0;
        (
            r.name,
            crate::library::tagged(r.name, r.sig, doc, binary_call, i as u32),
        )
    });
    math.chain(binary).collect()
}

fn method(
    name: &'static str,
    sig: &'static str,
    doc: &'static str,
    f: crate::interp::value::TaggedFn,
    tag: usize,
) -> crate::interp::value::Builtin {
    crate::interp::value::Builtin {
        name,
        sig,
        doc,
        func: |_, _| Err(type_error("internal: table method called without its tag")),
        parsed: Default::default(),
        qualname: Some("torch.Tensor"),
        tagged: Some((f, tag as u32)),
    }
}

/// `Tensor.exp`, `Tensor.exp_`, `Tensor.add`, `Tensor.add_`, ... from the same rows.
pub fn methods() -> Vec<crate::interp::value::Builtin> {
    let mut out = Vec::new();
    for (i, r) in MATH.iter().enumerate() {
        let (_, doc, in_place_doc) = row_docs(r.name, "Elementwise function (PyTorch's).");
        out.push(method(r.name, r.sig, doc, math_call, i));
        if let Some(n) = r.inplace {
            out.push(method(n, r.sig, in_place_doc, math_inplace_call, i));
        }
    }
    for (i, r) in BINARY.iter().enumerate() {
        let (_, doc, in_place_doc) = row_docs(r.name, "Elementwise binary op.");
        out.push(method(r.name, r.sig, doc, binary_call, i));
        if let Some(n) = r.inplace {
            out.push(method(n, r.sig, in_place_doc, binary_inplace_call, i));
        }
    }
    out
}

// ------------------------------------------------------------------ clamp

/// `clamp(min, max)` and its relatives: numeric bounds limit in the promoted dtype; tensor bounds limit
/// elementwise.
fn clamp(me: &mut Interp, x: &Value, lo: &Value, hi: &Value, name: ClampName) -> Res<Value> {
    let v = this(x)?;
    if matches!((lo, hi), (Value::None, Value::None)) {
        return Err(Exc::new(
            ExcType::RuntimeError,
            "torch.clamp: At least one of 'min' or 'max' must not be None",
        ));
    }
    let bound = |b: &Value| -> Res<Option<Operand>> {
        match b {
            Value::None => Ok(None),
            b => operand(b).map(Some).ok_or_else(|| {
                type_error(format!(
                    "clamp(): argument 'min' must be Number, not {}",
                    b.type_name()
                ))
            }),
        }
    };
    let (lo, hi) = (bound(lo)?, bound(hi)?);
    let mine = Operand::Tensor(v.clone());
    let mut all = vec![&mine];
    all.extend(lo.iter().chain(hi.iter()));
    let d = result_type(me, &all);
    let tensors = lo.iter().chain(hi.iter()).any(|o| !o.wrapped());
    let out = if tensors {
        ew::clamp_tensor(
            &v,
            lo.as_ref().map(|o| o.var()),
            hi.as_ref().map(|o| o.var()),
            d,
            name,
        )
    } else {
        let num = |o: &Option<Operand>| o.as_ref().map(|o| o.var().t.get_c(0).0);
        aops::cast(&v, d).and_then(|c| ew::clamp_named(&c, num(&lo), num(&hi), name))
    }
    .map_err(grad_error)?;
    wrap(me, out)
}

/// PyTorch's lower-case dtype word in clamp_'s message (`long int` for int64).
pub(super) fn c_type_word(d: DType) -> &'static str {
    match d {
        DType::F32 => "float",
        DType::F64 => "double",
        DType::F16 => "c10::Half",
        DType::I64 => "long int",
        DType::I32 => "int",
        DType::I16 => "short int",
        DType::I8 => "signed char",
        DType::U8 => "unsigned char",
        DType::Bool => "bool",
        other => other.name(),
    }
}

fn clamp_in_place(
    me: &mut Interp,
    a: &[Value],
    lo: &Value,
    hi: &Value,
    name: ClampName,
) -> Res<Value> {
    let bounds = [lo.clone(), hi.clone()];
    let r = super::tensor::compute_before_write(me, &a[0], &bounds, |me| {
        clamp(me, &a[0], lo, hi, name)
    })?;
    write_back(&a[0], this(&r)?, c_type_word)
}

// ------------------------------------------------------------------ closeness

/// `isclose`: `|x - y| <= atol + rtol * |y|` elementwise (NaNs equal when asked), PyTorch's algorithm.
fn isclose(me: &mut Interp, a: &[Value]) -> Res<Var> {
    let x = this(&a[0])?;
    let Some(y) = as_var(&a[1]) else {
        return Err(type_error(format!(
            "isclose(): argument 'other' (position 2) must be Tensor, not {}",
            a[1].type_name()
        )));
    };
    let (rtol, atol) = (args::float(&a[2])?, args::float(&a[3])?);
    let equal_nan = me.truthy(&a[4])?;
    if x.dtype() != y.dtype() {
        return Err(Exc::new(
            ExcType::RuntimeError,
            format!(
                "{} did not match {}",
                torch_type_word(x.dtype()),
                torch_type_word(y.dtype())
            ),
        ));
    }
    for (what, v) in [("rtol", rtol), ("atol", atol)] {
        if v < 0.0 {
            return Err(Exc::new(
                ExcType::RuntimeError,
                format!(
                    "{what} must be greater than or equal to zero, but got {}",
                    c_double(v)
                ),
            ));
        }
    }
    let d = x.dtype();
    let (xt, yt) = (&x.t, &y.t);
    let r = (|| -> crate::tensor::TResult<Tensor> {
        let mut close = tops::compare(CompareOp::Eq, xt, yt, d)?;
        let or = |a: &Tensor, b: &Tensor| tops::compare(CompareOp::Or, a, b, DType::Bool);
        let and = |a: &Tensor, b: &Tensor| tops::compare(CompareOp::And, a, b, DType::Bool);
        if equal_nan && (d.is_float() || d.is_complex()) {
            let nan = |t: &Tensor| tops::unary(UnaryOp::IsNan, t, d);
            close = or(&close, &and(&nan(xt)?, &nan(yt)?)?)?;
        }
        if rtol == 0.0 && atol == 0.0 {
            return Ok(close);
        }
        // The tolerances are Python numbers: computed in the tensors' float dtype (the default for integers).
        let fd = if d.is_float() { d } else { default_dtype(me) };
        let yf = yt.cast(fd);
        let scaled = tops::binary(BinaryOp::Mul, &Tensor::scalar(rtol).cast(fd), &yf, fd)?;
        let allowed = tops::binary(
            BinaryOp::Add,
            &Tensor::scalar(atol).cast(fd),
            &tops::unary(UnaryOp::Abs, &scaled, fd)?,
            fd,
        )?;
        let cd = if d == DType::Bool { fd } else { d };
        let diff = tops::binary(BinaryOp::Sub, &xt.cast(cd), &yt.cast(cd), cd)?;
        let actual = tops::unary(UnaryOp::Abs, &diff, cd)?;
        let pd = crate::tensor::dtype::torch_promote(cd, fd);
        let within = and(
            &tops::unary(UnaryOp::IsFinite, &actual, cd)?,
            &tops::compare(CompareOp::Le, &actual, &allowed, pd)?,
        )?;
        or(&close, &within)
    })()
    .map_err(|e| grad_error(e.into()))?;
    Ok(Var::constant(r))
}

/// A double as C++'s `<<` writes it (`-1`, `0.5`, `1e-05`: six significant digits, like `%g`).
fn c_double(v: f64) -> String {
    if v == v.trunc() && v.abs() < 1e6 {
        return format!("{}", v as i64);
    }
    let e = v.abs().log10().floor() as i32;
    if (-5..6).contains(&e) {
        let digits = (5 - e).max(0) as usize;
        let s = format!("{v:.digits$}");
        return s.trim_end_matches('0').trim_end_matches('.').to_string();
    }
    let s = format!("{v:.5e}");
    let (m, ex) = s.split_once('e').unwrap_or((&s, "0"));
    let m = m.trim_end_matches('0').trim_end_matches('.');
    let ex: i32 = ex.parse().unwrap_or(0);
    format!("{m}e{}{:02}", if ex < 0 { '-' } else { '+' }, ex.abs())
}

fn allclose(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let close = isclose(me, a)?;
    Ok(Value::Bool(!close.t.to_vec::<bool>().contains(&false)))
}

/// `torch.equal`: the same shape and the same values (compared in the promoted dtype).
fn equal(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let (x, y) = (this(&a[0])?, this(&a[1])?);
    if x.t.shape != y.t.shape {
        return Ok(Value::Bool(false));
    }
    let d = crate::tensor::dtype::torch_promote(x.dtype(), y.dtype());
    let _ = me;
    let eq = tops::compare(CompareOp::Eq, &x.t, &y.t, d).map_err(tensor_error)?;
    Ok(Value::Bool(!eq.to_vec::<bool>().contains(&false)))
}

// ------------------------------------------------------------------ where and nonzero

fn nonzero(me: &mut Interp, x: &Var, as_tuple: bool) -> Res<Value> {
    let mask = x.t.cast(DType::Bool);
    let mut parts = crate::library::numpy::extra::nonzero_tensors(&mask);
    if x.t.ndim() == 0 {
        // A 0-d input counts as one axis of length 1 for the tuple form and none for the matrix form.
        parts.truncate(if as_tuple { 1 } else { 0 });
    }
    if as_tuple {
        let items: Vec<Value> = parts
            .into_iter()
            .map(|p| wrap(me, Var::constant(p)))
            .collect::<Res<_>>()?;
        return Ok(Value::tuple(items));
    }
    let n = if x.t.ndim() == 0 {
        usize::from(mask.to_vec::<bool>()[0])
    } else {
        parts.first().map_or(0, |p| p.numel())
    };
    let cols: Vec<i64> = (0..n)
        .flat_map(|i| parts.iter().map(move |p| p.to_vec::<i64>()[i]))
        .collect();
    let width = parts.len();
    wrap(me, Var::constant(Tensor::from_vec(cols, vec![n, width])))
}

/// `torch.where(condition, input, other)`, or with only the condition, its nonzero positions as a tuple.
fn where_(me: &mut Interp, cond: &Value, x: &Value, y: &Value) -> Res<Value> {
    let Some(c) = as_var(cond) else {
        return Err(type_error(format!(
            "where(): argument 'condition' (position 1) must be Tensor, not {}",
            cond.type_name()
        )));
    };
    if matches!((x, y), (Value::None, Value::None)) {
        return nonzero(me, &c, true);
    }
    if c.dtype() != DType::Bool {
        return Err(Exc::new(
            ExcType::RuntimeError,
            format!(
                "where expected condition to be a boolean tensor, but got a tensor with dtype {}",
                torch_type_word(c.dtype())
            ),
        ));
    }
    let (Some(a), Some(b)) = (operand(x), operand(y)) else {
        return Err(type_error(
            "where(): expected Tensors or numbers for input and other",
        ));
    };
    let d = result_type(me, &[&a, &b]);
    let out = aops::where_(&c.t, a.var(), b.var(), d).map_err(grad_error)?;
    wrap(me, out)
}

macro_rules! defs {
    ($($name:literal, $sig:literal, $doc:literal => $f:expr;)*) => {
        &[$(Def { name: $name, sig: $sig, doc: $doc, func: $f }),*]
    };
}

/// The Tensor methods of this module beyond the tables.
pub const ELEMENTWISE_METHODS: &[Def] = defs! {
    "clamp", "self, min=None, max=None", "Limit to [min, max] (numbers or tensors).\n\n>>> torch.tensor([-1.0, 5.0]).clamp(0, 1)\ntensor([0., 1.])" => |me, a| clamp(me, &a[0], &a[1], &a[2], ClampName::Clamp);
    "clip", "self, min=None, max=None", "Limit to [min, max] (alias of clamp).\n\n>>> torch.tensor([-1.0, 5.0]).clip(0, 1)\ntensor([0., 1.])" => |me, a| clamp(me, &a[0], &a[1], &a[2], ClampName::Clamp);
    "clamp_", "self, min=None, max=None", "clamp in place.\n\n>>> torch.tensor([-1.0, 5.0]).clamp_(0, 1)\ntensor([0., 1.])" => |me, a| clamp_in_place(me, &a, &a[1], &a[2], ClampName::Clamp);
    "clip_", "self, min=None, max=None", "clip in place.\n\n>>> torch.tensor([-1.0, 5.0]).clip_(0, 1)\ntensor([0., 1.])" => |me, a| clamp_in_place(me, &a, &a[1], &a[2], ClampName::Clamp);
    "clamp_min", "self, min", "Limit from below.\n\n>>> torch.tensor([-1.0, 5.0]).clamp_min(0)\ntensor([0., 5.])" => |me, a| clamp(me, &a[0], &a[1], &Value::None, ClampName::Min);
    "clamp_max", "self, max", "Limit from above.\n\n>>> torch.tensor([-1.0, 5.0]).clamp_max(0)\ntensor([-1.,  0.])" => |me, a| clamp(me, &a[0], &Value::None, &a[1], ClampName::Max);
    "clamp_min_", "self, min", "clamp_min in place.\n\n>>> torch.tensor([-1.0, 5.0]).clamp_min_(0)\ntensor([0., 5.])" => |me, a| clamp_in_place(me, &a, &a[1], &Value::None, ClampName::Min);
    "clamp_max_", "self, max", "clamp_max in place.\n\n>>> torch.tensor([-1.0, 5.0]).clamp_max_(0)\ntensor([-1.,  0.])" => |me, a| clamp_in_place(me, &a, &Value::None, &a[1], ClampName::Max);
    "isclose", "self, other, rtol=1e-05, atol=1e-08, equal_nan=False", "Elementwise |self - other| <= atol + rtol * |other|.\n\n>>> torch.tensor([1.0]).isclose(torch.tensor([1.0 + 1e-9]))\ntensor([True])" => |me, a| { let r = isclose(me, &a)?; wrap(me, r) };
    "allclose", "self, other, rtol=1e-05, atol=1e-08, equal_nan=False", "Whether isclose holds everywhere.\n\n>>> torch.tensor([1.0]).allclose(torch.tensor([1.0 + 1e-9]))\nTrue" => |me, a| allclose(me, &a);
    "equal", "self, other", "Whether the shapes and all values are the same.\n\n>>> torch.tensor([1, 2]).equal(torch.tensor([1, 2]))\nTrue" => |me, a| equal(me, &a);
    "where", "self, condition, other", "self where condition holds, else other.\n\n>>> torch.tensor([1, 2]).where(torch.tensor([True, False]), 0)\ntensor([1, 0])" => |me, a| where_(me, &a[1], &a[0], &a[2]);
    "nonzero", "self, *, as_tuple=False", "The indices of the nonzero elements (one row each, or one tensor per dimension).\n\n>>> torch.tensor([0, 3, 5]).nonzero()\ntensor([[1],\n        [2]])" => |me, a| { let x = this(&a[0])?; let t = me.truthy(&a[1])?; nonzero(me, &x, t) };
    "argwhere", "self", "The indices of the nonzero elements, one row each.\n\n>>> torch.tensor([0, 3]).argwhere()\ntensor([[1]])" => |me, a| { let x = this(&a[0])?; nonzero(me, &x, false) };
    "__invert__", "self, /", "~self" => |me, a| invert(me, &a[0]);
    "any", "self, dim=None, keepdim=False", "Whether any element is nonzero (along dim).\n\n>>> torch.tensor([False, True]).any()\ntensor(True)" => |me, a| any_all(me, &a, true);
    "all", "self, dim=None, keepdim=False", "Whether every element is nonzero (along dim).\n\n>>> torch.tensor([False, True]).all()\ntensor(False)" => |me, a| any_all(me, &a, false);
    "__ifloordiv__", "self, other, /", "self //= other" => |me, a| augmented(me, BinaryOp::FloorDiv, &a[0], &a[1]);
    "__imod__", "self, other, /", "self %= other" => |me, a| augmented(me, BinaryOp::Mod, &a[0], &a[1]);
    "__ipow__", "self, other, /", "self **= other" => |me, a| augmented(me, BinaryOp::Pow, &a[0], &a[1]);
    "__iand__", "self, other, /", "self &= other" => |me, a| augmented(me, BinaryOp::BitAnd, &a[0], &a[1]);
    "__ior__", "self, other, /", "self |= other" => |me, a| augmented(me, BinaryOp::BitOr, &a[0], &a[1]);
    "__ixor__", "self, other, /", "self ^= other" => |me, a| augmented(me, BinaryOp::BitXor, &a[0], &a[1]);
    "__ilshift__", "self, other, /", "self <<= other" => |me, a| augmented(me, BinaryOp::LShift, &a[0], &a[1]);
    "__irshift__", "self, other, /", "self >>= other" => |me, a| augmented(me, BinaryOp::RShift, &a[0], &a[1]);
    "zero_", "self, /", "Fill with zeros in place.\n\n>>> torch.ones(2).zero_()\ntensor([0., 0.])" => |me, a| fill(me, &a[0], &Value::Int(0), "ZeroBackward0");
    "fill_", "self, value, /", "Fill with a value in place.\n\n>>> torch.zeros(2).fill_(3)\ntensor([3., 3.])" => |me, a| fill(me, &a[0], &a[1], "FillBackward2");
};

/// `x.fill_(value)` / `x.zero_()`: every element set, recorded with a zero gradient when `x` is in a graph.
fn fill(me: &mut Interp, target: &Value, value: &Value, node: &'static str) -> Res<Value> {
    let x = this(target)?;
    super::tensor::check_inplace(&x)?;
    let v = match operand(value) {
        Some(o) => o.var().clone(),
        None => {
            return Err(type_error(format!(
                "fill_(): argument 'value' (position 1) must be Number, not {}",
                value.type_name()
            )))
        }
    };
    if v.t.ndim() != 0 {
        return Err(Exc::new(
            ExcType::RuntimeError,
            format!(
                "fill_ only supports 0-dimension value tensor but got tensor with {} dimensions.",
                v.t.ndim()
            ),
        ));
    }
    let full =
        v.t.cast(x.dtype())
            .broadcast_to(&x.t.shape)
            .map_err(tensor_error)?
            .copy();
    let _ = me;
    let r = ew::constant_of(full, &[&x], node);
    super::tensor::commit_inplace(target, &x, &r)
}

/// `any()` / `all()`: over everything or along one dim; bool, except that uint8 stays uint8 (PyTorch's).
fn any_all(me: &mut Interp, a: &[Value], any: bool) -> Res<Value> {
    use crate::tensor::reduce::{reduce, ReduceOp};
    let x = this(&a[0])?;
    let dims = super::shape::dims_arg(me, &a[1], x.t.ndim())?;
    let keep = me.truthy(&a[2])?;
    let all_dims: Vec<usize> = (0..x.t.ndim()).collect();
    let op = if any { ReduceOp::Any } else { ReduceOp::All };
    let r = reduce(
        op,
        &x.t.cast(DType::Bool),
        dims.as_deref().unwrap_or(&all_dims),
        keep,
    )
    .map_err(tensor_error)?;
    let d = if x.dtype() == DType::U8 {
        DType::U8
    } else {
        DType::Bool
    };
    wrap(me, Var::constant(r.cast(d)))
}

/// The torch functions of this module beyond the tables.
pub const ELEMENTWISE_FUNCTIONS: &[Def] = defs! {
    "clamp", "input, min=None, max=None", "Limit to [min, max] (numbers or tensors).\n\n>>> torch.clamp(torch.tensor([-1.0, 5.0]), 0, 1)\ntensor([0., 1.])" => |me, a| clamp(me, &a[0], &a[1], &a[2], ClampName::Clamp);
    "clip", "input, min=None, max=None", "Limit to [min, max] (alias of clamp).\n\n>>> torch.clip(torch.tensor([-1.0, 5.0]), 0, 1)\ntensor([0., 1.])" => |me, a| clamp(me, &a[0], &a[1], &a[2], ClampName::Clamp);
    "clamp_min", "input, min", "Limit from below.\n\n>>> torch.clamp_min(torch.tensor([-1.0, 5.0]), 0)\ntensor([0., 5.])" => |me, a| clamp(me, &a[0], &a[1], &Value::None, ClampName::Min);
    "clamp_max", "input, max", "Limit from above.\n\n>>> torch.clamp_max(torch.tensor([-1.0, 5.0]), 0)\ntensor([-1.,  0.])" => |me, a| clamp(me, &a[0], &Value::None, &a[1], ClampName::Max);
    "isclose", "input, other, rtol=1e-05, atol=1e-08, equal_nan=False", "Elementwise |input - other| <= atol + rtol * |other|.\n\n>>> torch.isclose(torch.tensor([1.0, 2.0]), torch.tensor([1.0, 2.1]))\ntensor([ True, False])" => |me, a| { let r = isclose(me, &a)?; wrap(me, r) };
    "allclose", "input, other, rtol=1e-05, atol=1e-08, equal_nan=False", "Whether isclose holds everywhere.\n\n>>> torch.allclose(torch.tensor([1.0]), torch.tensor([1.0 + 1e-9]))\nTrue" => |me, a| allclose(me, &a);
    "equal", "input, other", "Whether the shapes and all values are the same.\n\n>>> torch.equal(torch.tensor([1, 2]), torch.tensor([1, 2]))\nTrue" => |me, a| equal(me, &a);
    "where", "condition, input=None, other=None", "Elements of input where condition holds, else of other; with only the condition, its nonzero indices.\n\n>>> torch.where(torch.tensor([True, False]), 1.0, 0.0)\ntensor([1., 0.])" => |me, a| where_(me, &a[0], &a[1], &a[2]);
    "nonzero", "input, *, as_tuple=False", "The indices of the nonzero elements.\n\n>>> torch.nonzero(torch.tensor([0, 3, 5]))\ntensor([[1],\n        [2]])" => |me, a| { let x = this(&a[0])?; let t = me.truthy(&a[1])?; nonzero(me, &x, t) };
    "argwhere", "input", "The indices of the nonzero elements, one row each.\n\n>>> torch.argwhere(torch.tensor([0, 3]))\ntensor([[1]])" => |me, a| { let x = this(&a[0])?; nonzero(me, &x, false) };
    "any", "input, dim=None, keepdim=False", "Whether any element is nonzero (along dim).\n\n>>> torch.any(torch.tensor([False, True]))\ntensor(True)" => |me, a| any_all(me, &a, true);
    "all", "input, dim=None, keepdim=False", "Whether every element is nonzero (along dim).\n\n>>> torch.all(torch.tensor([False, True]))\ntensor(False)" => |me, a| any_all(me, &a, false);
};
