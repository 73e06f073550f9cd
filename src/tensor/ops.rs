//! Elementwise operations: each op is defined once here (name, type rule, per-dtype body), and one generic
//! strided kernel applies it with broadcasting. The library builds `np.<name>` and operators from these tables.

use super::dtype::{promote, DType, Kind};
use super::element::{read, Element, IntElement, IntoBuffer, C32, C64};
use super::error::TensorError;
use super::fpe::{self, Fault, FpElement, FpFlags, Pole, Tiny};
use super::kernel::{map1, map1_fp, map2, map2_fp};
use super::{for_each_offset, TResult, Tensor};
use half::{bf16, f16};

macro_rules! op_enum {
    ($name:ident { $($variant:ident = $py:literal : $doc:literal),* $(,)? }) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($variant),* }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];
            /// The NumPy ufunc name.
            pub fn name(self) -> &'static str { match self { $($name::$variant => $py),* } }
            pub fn doc(self) -> &'static str { match self { $($name::$variant => $doc),* } }
        }
    };
}

op_enum!(BinaryOp {
    Add = "add": "Add arguments element-wise.",
    Sub = "subtract": "Subtract arguments element-wise.",
    Mul = "multiply": "Multiply arguments element-wise.",
    Div = "divide": "Divide arguments element-wise (true division).",
    FloorDiv = "floor_divide": "The largest integer smaller or equal to the division of the inputs.",
    Mod = "remainder": "Element-wise remainder of division, with the sign of the divisor.",
    Pow = "power": "First array elements raised to powers from the second array.",
    Maximum = "maximum": "Element-wise maximum, propagating NaNs.",
    Minimum = "minimum": "Element-wise minimum, propagating NaNs.",
    FMax = "fmax": "Element-wise maximum, ignoring NaNs.",
    FMin = "fmin": "Element-wise minimum, ignoring NaNs.",
    Arctan2 = "arctan2": "Element-wise arc tangent of x1/x2 choosing the quadrant.",
    Hypot = "hypot": "Given the legs of a right triangle, return its hypotenuse.",
    LogAddExp = "logaddexp": "Logarithm of the sum of exponentiations of the inputs.",
    Heaviside = "heaviside": "The Heaviside step function (x2 at zero).",
    BitAnd = "bitwise_and": "Bit-wise AND of two arrays element-wise.",
    BitOr = "bitwise_or": "Bit-wise OR of two arrays element-wise.",
    BitXor = "bitwise_xor": "Bit-wise XOR of two arrays element-wise.",
    LShift = "left_shift": "Shift the bits of an integer to the left.",
    RShift = "right_shift": "Shift the bits of an integer to the right.",
});

op_enum!(CompareOp {
    Eq = "equal": "Return (x1 == x2) element-wise.",
    Ne = "not_equal": "Return (x1 != x2) element-wise.",
    Lt = "less": "Return the truth value of (x1 < x2) element-wise.",
    Le = "less_equal": "Return the truth value of (x1 <= x2) element-wise.",
    Gt = "greater": "Return the truth value of (x1 > x2) element-wise.",
    Ge = "greater_equal": "Return the truth value of (x1 >= x2) element-wise.",
    And = "logical_and": "Compute the truth value of x1 AND x2 element-wise.",
    Or = "logical_or": "Compute the truth value of x1 OR x2 element-wise.",
    Xor = "logical_xor": "Compute the truth value of x1 XOR x2 element-wise.",
});

op_enum!(UnaryOp {
    Neg = "negative": "Numerical negative, element-wise.",
    Pos = "positive": "Numerical positive, element-wise.",
    Abs = "absolute": "Calculate the absolute value element-wise.",
    Sign = "sign": "An element-wise indication of the sign of a number.",
    Sqrt = "sqrt": "Return the non-negative square-root of an array, element-wise.",
    Square = "square": "Return the element-wise square of the input.",
    Cbrt = "cbrt": "Return the cube-root of an array, element-wise.",
    Exp = "exp": "Calculate the exponential of all elements in the input array.",
    Exp2 = "exp2": "Calculate 2**p for all p in the input array.",
    Expm1 = "expm1": "Calculate exp(x) - 1 for all elements in the array.",
    Log = "log": "Natural logarithm, element-wise.",
    Log2 = "log2": "Base-2 logarithm of x.",
    Log10 = "log10": "Return the base 10 logarithm of the input array, element-wise.",
    Log1p = "log1p": "Return the natural logarithm of one plus the input array, element-wise.",
    Sin = "sin": "Trigonometric sine, element-wise.",
    Cos = "cos": "Cosine element-wise.",
    Tan = "tan": "Compute tangent element-wise.",
    Arcsin = "arcsin": "Inverse sine, element-wise.",
    Arccos = "arccos": "Trigonometric inverse cosine, element-wise.",
    Arctan = "arctan": "Trigonometric inverse tangent, element-wise.",
    Sinh = "sinh": "Hyperbolic sine, element-wise.",
    Cosh = "cosh": "Hyperbolic cosine, element-wise.",
    Tanh = "tanh": "Compute hyperbolic tangent element-wise.",
    Arcsinh = "arcsinh": "Inverse hyperbolic sine element-wise.",
    Arccosh = "arccosh": "Inverse hyperbolic cosine, element-wise.",
    Arctanh = "arctanh": "Inverse hyperbolic tangent element-wise.",
    Deg2Rad = "deg2rad": "Convert angles from degrees to radians.",
    Rad2Deg = "rad2deg": "Convert angles from radians to degrees.",
    Floor = "floor": "Return the floor of the input, element-wise.",
    Ceil = "ceil": "Return the ceiling of the input, element-wise.",
    Rint = "rint": "Round elements of the array to the nearest integer (half to even).",
    Trunc = "trunc": "Return the truncated value of the input, element-wise.",
    Reciprocal = "reciprocal": "Return the reciprocal of the argument, element-wise.",
    Invert = "invert": "Compute bit-wise inversion, or bit-wise NOT, element-wise.",
    BitwiseCount = "bitwise_count": "Computes the number of 1-bits in the absolute value of x.",
    LogicalNot = "logical_not": "Compute the truth value of NOT x element-wise.",
    IsNan = "isnan": "Test element-wise for NaN and return result as a boolean array.",
    IsInf = "isinf": "Test element-wise for positive or negative infinity.",
    IsFinite = "isfinite": "Test element-wise for finiteness (not infinity and not Not a Number).",
    Signbit = "signbit": "Returns element-wise True where signbit is set (less than zero).",
    Conj = "conjugate": "Return the complex conjugate, element-wise.",
    Sinc = "sinc": "Return the normalized sinc function.",
    // PyTorch's (torch.erf/erfc): not NumPy ufuncs, so `np` leaves them out (`UnaryOp::in_numpy`).
    Erf = "erf": "The error function, element-wise.",
    Erfc = "erfc": "The complementary error function, element-wise.",
});

impl BinaryOp {
    /// How the float loop's exceptional results arise (None: never from ordinary operands, so it is not checked).
    pub fn fault(self) -> Option<Fault> {
        use BinaryOp::*;
        let f = Fault::new;
        Some(match self {
            Add | Sub | Mod => f(Pole::Never, Tiny::Exact),
            Hypot | LogAddExp => f(Pole::Never, Tiny::Exact).never_invalid(),
            Mul => f(Pole::Never, Tiny::Product),
            Div => f(Pole::DivisorZero, Tiny::Quotient),
            // floor(x / y) is integral: never tiny unless exactly zero.
            FloorDiv => f(Pole::DivisorZero, Tiny::Exact),
            Pow => f(Pole::PowerOfZero, Tiny::Power),
            Arctan2 => f(Pole::Never, Tiny::Inexact),
            Maximum | Minimum | FMax | FMin | Heaviside | BitAnd | BitOr | BitXor | LShift
            | RShift => return None,
        })
    }
}

impl UnaryOp {
    /// Whether NumPy has this op as a ufunc (`np.<name>`); the others exist for PyTorch only.
    pub fn in_numpy(self) -> bool {
        !matches!(self, UnaryOp::Erf | UnaryOp::Erfc)
    }

    /// How the float loop's exceptional results arise (see `BinaryOp::fault`).
    pub fn fault(self) -> Option<Fault> {
        use UnaryOp::*;
        let f = Fault::new;
        Some(match self {
            Sqrt | Arccos | Arccosh | Cos => f(Pole::Never, Tiny::Exact),
            Log | Log2 | Log10 => f(Pole::Always, Tiny::Exact),
            Log1p | Arctanh => f(Pole::Always, Tiny::Inexact),
            Square => f(Pole::Never, Tiny::Square).never_invalid(),
            Reciprocal => f(Pole::ArgZero, Tiny::Reciprocal).never_invalid(),
            Exp2 => f(Pole::Never, Tiny::Exp2).never_invalid(),
            Sin | Tan | Arcsin | Sinc => f(Pole::Never, Tiny::Inexact),
            Erf | Erfc => f(Pole::Never, Tiny::Inexact).never_invalid(),
            // deg2rad/rad2deg multiply by a constant with a full significand: a tiny result is taken as inexact.
            Exp | Expm1 | Arctan | Sinh | Cosh | Tanh | Arcsinh | Deg2Rad | Rad2Deg => {
                f(Pole::Never, Tiny::Inexact).never_invalid()
            }
            Neg | Pos | Abs | Sign | Cbrt | Floor | Ceil | Rint | Trunc | Invert | BitwiseCount
            | LogicalNot | IsNan | IsInf | IsFinite | Signbit | Conj => return None,
        })
    }
}

/// Python/NumPy float floor division and remainder (`npy_divmod`), in the operands' own precision.
pub fn float_divmod<F: num_traits::Float>(a: F, b: F) -> (F, F) {
    let zero = F::zero();
    if b == zero {
        return (a / b, F::nan());
    }
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != zero {
        if (b < zero) != (m < zero) {
            m = m + b;
            div = div - F::one();
        }
    } else {
        m = zero.copysign(b);
    }
    let fd = if div != zero {
        let mut f = div.floor();
        if div - f > F::from(0.5).unwrap_or(zero) {
            f = f + F::one();
        }
        f
    } else {
        zero.copysign(a / b)
    };
    (fd, m)
}

/// Float loops shared by f32 and f64 (and f16/bf16, computed in f32 and rounded back, as NumPy does).
macro_rules! float_binary {
    ($t:ty, $op:expr, $a:expr, $b:expr, $divmod:path) => {{
        let fault = $op.fault();
        match $op {
            BinaryOp::Add => map2_fp::<$t>($a, $b, fault, |x, y| x + y),
            BinaryOp::Sub => map2_fp::<$t>($a, $b, fault, |x, y| x - y),
            BinaryOp::Mul => map2_fp::<$t>($a, $b, fault, |x, y| x * y),
            BinaryOp::Div => map2_fp::<$t>($a, $b, fault, |x, y| x / y),
            BinaryOp::FloorDiv => map2_fp::<$t>($a, $b, fault, |x, y| $divmod(x, y).0),
            BinaryOp::Mod => map2_fp::<$t>($a, $b, fault, |x, y| $divmod(x, y).1),
            BinaryOp::Pow => map2_fp::<$t>($a, $b, fault, |x, y| x.powf(y)),
            // NumPy's loops: maximum/minimum give x2 on ties (so the sign of zero is x2's), fmax/fmin x1.
            BinaryOp::Maximum => map2_fp::<$t>($a, $b, fault, |x, y| if x.is_nan() || x > y { x } else { y }),
            BinaryOp::Minimum => map2_fp::<$t>($a, $b, fault, |x, y| if x.is_nan() || x < y { x } else { y }),
            BinaryOp::FMax => map2_fp::<$t>($a, $b, fault, |x, y| if y.is_nan() || x >= y { x } else { y }),
            BinaryOp::FMin => map2_fp::<$t>($a, $b, fault, |x, y| if y.is_nan() || x <= y { x } else { y }),
            BinaryOp::Arctan2 => map2_fp::<$t>($a, $b, fault, |x, y| x.atan2(y)),
            BinaryOp::Hypot => map2_fp::<$t>($a, $b, fault, |x, y| x.hypot(y)),
            BinaryOp::LogAddExp => map2_fp::<$t>($a, $b, fault, |x, y| {
                if x == y {
                    x + (2.0 as $t).ln()
                } else {
                    let m = x.max(y);
                    m + (-(x - y).abs()).exp().ln_1p()
                }
            }),
            BinaryOp::Heaviside => map2_fp::<$t>($a, $b, fault, |x, y| {
                if x.is_nan() {
                    x
                } else if x == 0.0 {
                    y
                } else if x < 0.0 {
                    0.0
                } else {
                    1.0
                }
            }),
            BinaryOp::BitAnd | BinaryOp::BitOr | BinaryOp::BitXor | BinaryOp::LShift | BinaryOp::RShift => {
                Err(TensorError::Type(format!(
                    "ufunc '{}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''",
                    $op.name()
                )))
            }
        }
    }};
}

/// A float32 result rounded back to float16/bfloat16, as NumPy's half loops do, raising the overflow and
/// underflow that rounding causes when they are watched.
fn narrow(r: &Tensor, dtype: DType) -> Tensor {
    let out = r.astype(dtype);
    let watch = fpe::watched();
    if !watch.intersects(FpFlags::OVERFLOW | FpFlags::UNDERFLOW) {
        return out;
    }
    // The cheap test on the half-precision bits first: an all-ones exponent (infinite or NaN), or with underflow
    // watched an all-zeros one (zero or subnormal). Only then compare with the float32 values.
    let (exp_mask, min_normal) = match dtype {
        DType::F16 => (0x7c00u16, f16::MIN_POSITIVE.to_f64()),
        _ => (0x7f80u16, bf16::MIN_POSITIVE.to_f64()),
    };
    let tiny = watch.contains(FpFlags::UNDERFLOW);
    let odd = |b: u16| {
        let e = b & exp_mask;
        (e == exp_mask) | (tiny && e == 0)
    };
    let suspicious = {
        let buf = out.buf.borrow();
        match dtype {
            DType::F16 => read::<f16>(&buf)
                .iter()
                .fold(false, |acc, v| acc | odd(v.to_bits())),
            _ => read::<bf16>(&buf)
                .iter()
                .fold(false, |acc, v| acc | odd(v.to_bits())),
        }
    };
    if suspicious {
        let (src, dst) = (r.to_vec::<f64>(), out.to_vec::<f64>());
        fpe::raise(fpe::narrowing(src.into_iter(), dst.into_iter(), min_normal));
    }
    out
}

fn int_pow<T: IntElement>(mut base: T, mut exp: T) -> T {
    let mut r = T::one();
    while exp > T::zero() {
        if exp & T::one() == T::one() {
            r = r.wrapping_mul(&base);
        }
        base = base.wrapping_mul(&base);
        exp = exp >> 1;
    }
    r
}

/// Raise what NumPy's integer floor_divide/remainder loops report: division by zero for a zero divisor, and
/// for floor_divide the overflow of `MIN // -1`. In a non-empty broadcast every element of `b` meets some
/// element of `a`, so one scan of the divisors finds a division by zero.
fn int_division_flags<T: IntElement>(
    op: BinaryOp,
    a: &Tensor,
    b: &Tensor,
    out: &Tensor,
) -> TResult<()> {
    if out.numel() == 0 || !fpe::watched().intersects(FpFlags::DIVIDE | FpFlags::OVERFLOW) {
        return Ok(());
    }
    let (zero, minus_one) = (T::zero(), T::zero().wrapping_sub(&T::one()));
    let (mut has_zero, mut has_minus_one) = (false, false);
    {
        let buf = b.buf.borrow();
        let v = read::<T>(&buf);
        for_each_offset(&b.shape, &b.strides, b.offset, |o| {
            has_zero |= v[o] == zero;
            has_minus_one |= T::SIGNED && v[o] == minus_one;
        });
    }
    let mut flags = if has_zero {
        FpFlags::DIVIDE
    } else {
        FpFlags::NONE
    };
    if op == BinaryOp::FloorDiv && has_minus_one {
        // Rare: look for the overflowing pairs themselves.
        let pairs = map2::<T, bool>(a, b, |x, y| x == T::min_value() && y == minus_one)?;
        if pairs.to_vec::<bool>().contains(&true) {
            flags |= FpFlags::OVERFLOW;
        }
    }
    fpe::raise(flags);
    Ok(())
}

/// Integer loops in the dtype's own width, wrapping on overflow as NumPy's C loops do.
fn int_binary<T: IntElement>(op: BinaryOp, a: &Tensor, b: &Tensor) -> TResult<Tensor> {
    let zero = T::zero();
    // `MIN // -1` overflows: C's loops give MIN (and MIN % -1 is 0) instead of trapping.
    let minus_one_signed = |y: T| T::SIGNED && y == zero.wrapping_sub(&T::one());
    let bits = (std::mem::size_of::<T>() * 8) as i64;
    match op {
        BinaryOp::Add => map2::<T, T>(a, b, |x, y| x.wrapping_add(&y)),
        BinaryOp::Sub => map2::<T, T>(a, b, |x, y| x.wrapping_sub(&y)),
        BinaryOp::Mul => map2::<T, T>(a, b, |x, y| x.wrapping_mul(&y)),
        BinaryOp::FloorDiv | BinaryOp::Mod => {
            let r = if op == BinaryOp::FloorDiv {
                map2::<T, T>(a, b, |x, y| {
                    if y == zero {
                        zero
                    } else if minus_one_signed(y) {
                        x.wrapping_neg()
                    } else {
                        x.div_floor(&y)
                    }
                })
            } else {
                map2::<T, T>(a, b, |x, y| {
                    if y == zero || minus_one_signed(y) {
                        zero
                    } else {
                        x.mod_floor(&y)
                    }
                })
            }?;
            int_division_flags::<T>(op, a, b, &r)?;
            Ok(r)
        }
        BinaryOp::Pow => {
            // NumPy refuses negative integer exponents outright.
            if T::SIGNED && b.to_vec::<T>().iter().any(|e| *e < zero) {
                return Err(TensorError::Value(
                    "Integers to negative integer powers are not allowed.".into(),
                ));
            }
            map2::<T, T>(a, b, int_pow)
        }
        BinaryOp::Maximum | BinaryOp::FMax => map2::<T, T>(a, b, |x, y| x.max(y)),
        BinaryOp::Minimum | BinaryOp::FMin => map2::<T, T>(a, b, |x, y| x.min(y)),
        BinaryOp::BitAnd => map2::<T, T>(a, b, |x, y| x & y),
        BinaryOp::BitOr => map2::<T, T>(a, b, |x, y| x | y),
        BinaryOp::BitXor => map2::<T, T>(a, b, |x, y| x ^ y),
        // Shifts by the width or more give 0 (or -1 for a negative number shifted right), as NumPy defines them.
        BinaryOp::LShift => map2::<T, T>(a, b, |x, y| {
            let s = y.to_i64();
            if (0..bits).contains(&s) && y >= zero {
                x << s as usize
            } else {
                zero
            }
        }),
        BinaryOp::RShift => map2::<T, T>(a, b, |x, y| {
            let s = y.to_i64();
            if (0..bits).contains(&s) && y >= zero {
                x >> s as usize
            } else if x < zero {
                zero.wrapping_sub(&T::one())
            } else {
                zero
            }
        }),
        BinaryOp::Div
        | BinaryOp::Arctan2
        | BinaryOp::Hypot
        | BinaryOp::LogAddExp
        | BinaryOp::Heaviside => Err(TensorError::Type(format!(
            "internal: {} needs a float loop",
            op.name()
        ))),
    }
}

/// The value of a one-element integer tensor, wide enough for every integer dtype.
fn int_value(t: &Tensor) -> Option<i128> {
    if t.numel() != 1 {
        return None;
    }
    if t.dtype == DType::U64 {
        t.to_vec::<u64>().first().map(|v| i128::from(*v))
    } else {
        t.to_vec::<i64>().first().map(|v| i128::from(*v))
    }
}

/// What NumPy's integer scalar math raises for `a op b` on one-element operands already in the integer loop
/// dtype `d`: overflow out of the dtype's range, division by zero. (Array loops wrap silently; power is not
/// checked even for scalars.)
pub fn int_scalar_flags(op: BinaryOp, a: &Tensor, b: &Tensor, d: DType) -> FpFlags {
    let (Some((lo, hi)), Some(x), Some(y)) = (d.int_range(), int_value(a), int_value(b)) else {
        return FpFlags::NONE;
    };
    let exact = match op {
        BinaryOp::FloorDiv | BinaryOp::Mod if y == 0 => return FpFlags::DIVIDE,
        BinaryOp::Add => x.checked_add(y),
        BinaryOp::Sub => x.checked_sub(y),
        BinaryOp::Mul => x.checked_mul(y),
        BinaryOp::FloorDiv => Some(num_integer::Integer::div_floor(&x, &y)),
        _ => return FpFlags::NONE,
    };
    match exact {
        Some(r) if (lo..=hi).contains(&r) => FpFlags::NONE,
        _ => FpFlags::OVERFLOW,
    }
}

/// `int_scalar_flags` for NumPy's integer scalar negation and absolute value (`-np.int8(-128)` overflows).
pub fn int_scalar_unary_flags(op: UnaryOp, a: &Tensor, d: DType) -> FpFlags {
    let (Some((lo, hi)), Some(x)) = (d.int_range(), int_value(a)) else {
        return FpFlags::NONE;
    };
    let exact = match op {
        UnaryOp::Neg => -x,
        UnaryOp::Abs => x.abs(),
        _ => return FpFlags::NONE,
    };
    if (lo..=hi).contains(&exact) {
        FpFlags::NONE
    } else {
        FpFlags::OVERFLOW
    }
}

/// Complex division as NumPy's C loops do it (Smith's algorithm: no overflow in |b|², and the signs of zero
/// parts NumPy prints).
pub fn complex_div(a: C64, b: C64) -> C64 {
    let (ar, ai, br, bi) = (a.re, a.im, b.re, b.im);
    let (abs_br, abs_bi) = (br.abs(), bi.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 && abs_bi == 0.0 {
            C64::new(ar / abs_br, ai / abs_br)
        } else {
            let rat = bi / br;
            let scl = 1.0 / (br + bi * rat);
            C64::new((ar + ai * rat) * scl, (ai - ar * rat) * scl)
        }
    } else {
        let rat = br / bi;
        let scl = 1.0 / (bi + br * rat);
        C64::new((ar * rat + ai) * scl, (ai * rat - ar) * scl)
    }
}

/// `1/z` as NumPy's complex `reciprocal` loop computes it.
fn complex_reciprocal(z: C64) -> C64 {
    if z.im.abs() <= z.re.abs() {
        let r = z.im / z.re;
        let d = z.re + z.im * r;
        C64::new(1.0 / d, -r / d)
    } else {
        let r = z.re / z.im;
        let d = z.re * r + z.im;
        C64::new(r / d, -1.0 / d)
    }
}

/// NumPy 2's complex `sign`: z/|z| (0 at 0, NaN when undefined, the unit along an infinite part).
fn complex_sign(z: C64) -> C64 {
    let abs = z.re.hypot(z.im);
    let unit = |v: f64| if v > 0.0 { 1.0 } else { -1.0 };
    if abs.is_nan() {
        C64::new(f64::NAN, f64::NAN)
    } else if abs.is_infinite() {
        match (z.re.is_infinite(), z.im.is_infinite()) {
            (true, true) => C64::new(f64::NAN, f64::NAN),
            (true, false) => C64::new(unit(z.re), 0.0),
            _ => C64::new(0.0, unit(z.im)),
        }
    } else if abs == 0.0 {
        C64::new(0.0, 0.0)
    } else {
        C64::new(z.re / abs, z.im / abs)
    }
}

/// NumPy's complex power (npy_cpow): exact repeated multiplication for small integer exponents (so
/// `(1+2j)**2` is `-3+4j`, not a polar-form approximation), the zero-base cases, else exp(b·log a).
fn complex_pow(a: C64, b: C64) -> C64 {
    let mul = |x: C64, y: C64| C64::new(x.re * y.re - x.im * y.im, x.re * y.im + x.im * y.re);
    if b.re == 0.0 && b.im == 0.0 {
        return C64::new(1.0, 0.0);
    }
    if a.re == 0.0 && a.im == 0.0 {
        return if b.re > 0.0 {
            C64::new(0.0, 0.0)
        } else {
            C64::new(f64::NAN, f64::NAN)
        };
    }
    if b.im == 0.0 && b.re == b.re.trunc() && b.re.abs() < 100.0 {
        let n = b.re as i64;
        match n {
            1 => return a,
            2 => return mul(a, a),
            3 => return mul(a, mul(a, a)),
            _ => {
                let (mut acc, mut p, mut k) = (C64::new(1.0, 0.0), a, n.unsigned_abs());
                loop {
                    if k & 1 == 1 {
                        acc = mul(acc, p);
                    }
                    k >>= 1;
                    if k == 0 {
                        break;
                    }
                    p = mul(p, p);
                }
                return if n < 0 {
                    complex_div(C64::new(1.0, 0.0), acc)
                } else {
                    acc
                };
            }
        }
    }
    a.powc(b)
}

/// NumPy's complex multiply loop (SIMD, fused): `re = fma(ar, br, -(ai*bi))`, `im = fma(ar, bi, ai*br)`, in the
/// dtype's own precision.
fn fused_complex_mul<T: IntoBuffer + FpElement>(x: T, y: T) -> T {
    let ((ar, ai), (br, bi)) = (x.to_c(), y.to_c());
    if T::DTYPE == DType::C64 {
        let (ar, ai, br, bi) = (ar as f32, ai as f32, br as f32, bi as f32);
        T::from_c(
            ar.mul_add(br, -(ai * bi)) as f64,
            ar.mul_add(bi, ai * br) as f64,
        )
    } else {
        T::from_c(ar.mul_add(br, -(ai * bi)), ar.mul_add(bi, ai * br))
    }
}

/// `fused`: NumPy's array loops fuse the complex product's multiply-adds; its scalar math does not.
fn complex_binary<T: IntoBuffer + FpElement>(
    op: BinaryOp,
    a: &Tensor,
    b: &Tensor,
    fused: bool,
) -> TResult<Tensor> {
    let c = |v: T| {
        let (re, im) = v.to_c();
        C64::new(re, im)
    };
    let back = |z: C64| T::from_c(z.re, z.im);
    let fault = op.fault();
    match op {
        BinaryOp::Add => map2_fp::<T>(a, b, fault, |x, y| back(c(x) + c(y))),
        BinaryOp::Sub => map2_fp::<T>(a, b, fault, |x, y| back(c(x) - c(y))),
        BinaryOp::Mul if fused => map2_fp::<T>(a, b, fault, fused_complex_mul::<T>),
        BinaryOp::Mul => map2_fp::<T>(a, b, fault, |x, y| back(c(x) * c(y))),
        BinaryOp::Div => map2_fp::<T>(a, b, fault, |x, y| back(complex_div(c(x), c(y)))),
        BinaryOp::Pow => map2_fp::<T>(a, b, fault, |x, y| back(complex_pow(c(x), c(y)))),
        other => Err(TensorError::Type(format!(
            "ufunc '{}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''",
            other.name()
        ))),
    }
}

/// The loop dtype NumPy's type resolver picks for a binary op on these input dtypes.
pub fn binary_loop_dtype(op: BinaryOp, a: DType, b: DType) -> TResult<DType> {
    let p = promote(a, b);
    Ok(match op {
        BinaryOp::Div => match p.kind() {
            Kind::Bool | Kind::Int => DType::F64,
            _ => p,
        },
        BinaryOp::Arctan2 | BinaryOp::Hypot | BinaryOp::LogAddExp | BinaryOp::Heaviside => {
            if p.is_complex() {
                return Err(TensorError::Type(format!("ufunc '{}' not supported for complex inputs", op.name())));
            }
            p.float_for_ufunc()
        }
        BinaryOp::Sub if p == DType::Bool => {
            return Err(TensorError::Type(
                "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.".into(),
            ))
        }
        BinaryOp::FloorDiv | BinaryOp::Mod | BinaryOp::Pow if p == DType::Bool => DType::I8,
        BinaryOp::FloorDiv | BinaryOp::Mod if p.is_complex() => {
            return Err(TensorError::Type(format!(
                "ufunc '{}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''",
                op.name()
            )))
        }
        _ => p,
    })
}

/// NumPy's error for a ufunc with no loop for string operands.
pub fn no_string_loop(name: &str, args: &[DType]) -> TensorError {
    let types: Vec<String> = args
        .iter()
        .map(|d| format!("dtype('{}')", d.numpy_repr_str()))
        .collect();
    TensorError::Type(format!(
        "ufunc '{name}' did not contain a loop with signature matching types ({}) -> None",
        types.join(", ")
    ))
}

/// Apply a binary op with NumPy's type resolution; `dtype` is the loop dtype (see `binary_loop_dtype`).
pub fn binary(op: BinaryOp, a: &Tensor, b: &Tensor, dtype: DType) -> TResult<Tensor> {
    super::layout::in_keep_order([a, b], |[a, b]| binary_kernel(op, a, b, dtype, true))
}

/// `binary` as NumPy's scalar math computes it (`np.complex128(z) * w`): the same but for complex products, which
/// it computes without fused multiply-adds.
pub fn scalar_binary(op: BinaryOp, a: &Tensor, b: &Tensor, dtype: DType) -> TResult<Tensor> {
    super::layout::in_keep_order([a, b], |[a, b]| binary_kernel(op, a, b, dtype, false))
}

fn binary_kernel(
    op: BinaryOp,
    a: &Tensor,
    b: &Tensor,
    dtype: DType,
    fused: bool,
) -> TResult<Tensor> {
    if a.dtype.is_string() || b.dtype.is_string() || dtype.is_string() {
        return Err(no_string_loop(op.name(), &[a.dtype, b.dtype]));
    }
    // Borrowed when already in the loop dtype: small-array loops pay for every clone of a layout.
    let (ca, cb);
    let a = if a.dtype == dtype {
        a
    } else {
        ca = a.astype(dtype);
        &ca
    };
    let b = if b.dtype == dtype {
        b
    } else {
        cb = b.astype(dtype);
        &cb
    };
    match dtype {
        DType::F64 => float_binary!(f64, op, a, b, float_divmod),
        DType::F32 => float_binary!(f32, op, a, b, float_divmod),
        DType::F16 | DType::BF16 => {
            let r = binary(op, &a.astype(DType::F32), &b.astype(DType::F32), DType::F32)?;
            Ok(narrow(&r, dtype))
        }
        DType::I8 => int_binary::<i8>(op, a, b),
        DType::I16 => int_binary::<i16>(op, a, b),
        DType::I32 => int_binary::<i32>(op, a, b),
        DType::I64 => int_binary::<i64>(op, a, b),
        DType::U8 => int_binary::<u8>(op, a, b),
        DType::U16 => int_binary::<u16>(op, a, b),
        DType::U32 => int_binary::<u32>(op, a, b),
        DType::U64 => int_binary::<u64>(op, a, b),
        DType::C64 => complex_binary::<C32>(op, a, b, fused),
        DType::C128 => complex_binary::<C64>(op, a, b, fused),
        // Refused at the top.
        DType::Str(_) | DType::Bytes(_) => Err(no_string_loop(op.name(), &[a.dtype, b.dtype])),
        DType::Bool => match op {
            BinaryOp::Add | BinaryOp::BitOr | BinaryOp::Maximum | BinaryOp::FMax => {
                map2::<bool, bool>(a, b, |x, y| x | y)
            }
            BinaryOp::Mul | BinaryOp::BitAnd | BinaryOp::Minimum | BinaryOp::FMin => {
                map2::<bool, bool>(a, b, |x, y| x & y)
            }
            BinaryOp::BitXor => map2::<bool, bool>(a, b, |x, y| x ^ y),
            other => binary(other, a, b, DType::I8),
        },
    }
}

fn compare_loop<T: IntoBuffer + PartialOrd>(
    op: CompareOp,
    a: &Tensor,
    b: &Tensor,
) -> TResult<Tensor> {
    match op {
        CompareOp::Eq => map2::<T, bool>(a, b, |x, y| x == y),
        CompareOp::Ne => map2::<T, bool>(a, b, |x, y| x != y),
        CompareOp::Lt => map2::<T, bool>(a, b, |x, y| x < y),
        CompareOp::Le => map2::<T, bool>(a, b, |x, y| x <= y),
        CompareOp::Gt => map2::<T, bool>(a, b, |x, y| x > y),
        CompareOp::Ge => map2::<T, bool>(a, b, |x, y| x >= y),
        CompareOp::And => map2::<T, bool>(a, b, |x, y| x.nonzero() && y.nonzero()),
        CompareOp::Or => map2::<T, bool>(a, b, |x, y| x.nonzero() || y.nonzero()),
        CompareOp::Xor => map2::<T, bool>(a, b, |x, y| x.nonzero() != y.nonzero()),
    }
}

/// Comparisons and logical ops, computed in `dtype` (the promoted input type), producing bool.
pub fn compare(op: CompareOp, a: &Tensor, b: &Tensor, dtype: DType) -> TResult<Tensor> {
    super::layout::in_keep_order([a, b], |[a, b]| compare_kernel(op, a, b, dtype))
}

fn compare_kernel(op: CompareOp, a: &Tensor, b: &Tensor, dtype: DType) -> TResult<Tensor> {
    if dtype.is_string() {
        if !(a.dtype.is_string() && b.dtype.is_string()) {
            return Err(TensorError::Type(format!(
                "ufunc '{}' did not contain a loop with signature matching types (dtype('{}'), dtype('{}')) -> None",
                op.name(),
                a.dtype.numpy_repr_str(),
                b.dtype.numpy_repr_str()
            )));
        }
        return super::strings::compare(op, a, b);
    }
    let (a, b) = (a.cast(dtype), b.cast(dtype));
    match dtype {
        DType::Bool => compare_loop::<bool>(op, &a, &b),
        DType::I8 => compare_loop::<i8>(op, &a, &b),
        DType::I16 => compare_loop::<i16>(op, &a, &b),
        DType::I32 => compare_loop::<i32>(op, &a, &b),
        DType::I64 => compare_loop::<i64>(op, &a, &b),
        DType::U8 => compare_loop::<u8>(op, &a, &b),
        DType::U16 => compare_loop::<u16>(op, &a, &b),
        DType::U32 => compare_loop::<u32>(op, &a, &b),
        DType::U64 => compare_loop::<u64>(op, &a, &b),
        DType::F16 => compare_loop::<f16>(op, &a, &b),
        DType::BF16 => compare_loop::<bf16>(op, &a, &b),
        DType::F32 => compare_loop::<f32>(op, &a, &b),
        DType::F64 => compare_loop::<f64>(op, &a, &b),
        // Complex numbers order lexicographically (real part, then imaginary), as NumPy does.
        DType::C64 | DType::C128 => {
            let key = |z: C64| (z.re, z.im);
            let (a, b) = (a.cast(DType::C128), b.cast(DType::C128));
            match op {
                CompareOp::Eq => map2::<C64, bool>(&a, &b, |x, y| x == y),
                CompareOp::Ne => map2::<C64, bool>(&a, &b, |x, y| x != y),
                CompareOp::Lt => map2::<C64, bool>(&a, &b, |x, y| key(x) < key(y)),
                CompareOp::Le => map2::<C64, bool>(&a, &b, |x, y| key(x) <= key(y)),
                CompareOp::Gt => map2::<C64, bool>(&a, &b, |x, y| key(x) > key(y)),
                CompareOp::Ge => map2::<C64, bool>(&a, &b, |x, y| key(x) >= key(y)),
                // Logical ops only need truthiness.
                other => {
                    let nz = |t: &Tensor| a_pred(t, |(re, im)| re != 0.0 || im != 0.0);
                    compare_loop::<bool>(other, &nz(&a)?, &nz(&b)?)
                }
            }
        }
        // Handled above.
        DType::Str(_) | DType::Bytes(_) => super::strings::compare(op, &a, &b),
    }
}

/// The loop (and result) dtype for a unary op on `d`.
pub fn unary_loop_dtype(op: UnaryOp, d: DType) -> TResult<DType> {
    use UnaryOp::*;
    if d.is_string() {
        return Err(no_string_loop1(op.name(), d));
    }
    Ok(match op {
        Neg if d == DType::Bool => {
            return Err(TensorError::Type(
                "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.".into(),
            ))
        }
        Pos if d == DType::Bool => {
            return Err(TensorError::Type(
                "ufunc 'positive' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None".into(),
            ))
        }
        Neg | Pos | Square | Sign | Conj => d,
        Abs => d,
        // floor/ceil/trunc keep integer dtypes (NumPy 2); rint has only float loops.
        Floor | Ceil | Trunc => d,
        Rint => d.float_for_ufunc(),
        Reciprocal => d,
        Invert | BitwiseCount if d.is_float() || d.is_complex() => {
            return Err(TensorError::Type(format!(
                "ufunc '{}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''",
                op.name()
            )))
        }
        Invert => d,
        // bitwise_count has no bool loop: bool goes through int8 ('b->B').
        BitwiseCount if d == DType::Bool => DType::I8,
        BitwiseCount => d,
        LogicalNot | IsNan | IsInf | IsFinite => d,
        Signbit if d.is_complex() => {
            return Err(TensorError::Type(
                "ufunc 'signbit' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''".into(),
            ))
        }
        Signbit => d,
        _ => d.float_for_ufunc(),
    })
}

/// The result dtype of a unary op computed in `loop_dtype`: predicates give bool, |z| is real, bit counts uint8.
pub fn unary_out_dtype(op: UnaryOp, loop_dtype: DType) -> DType {
    use UnaryOp::*;
    match op {
        IsNan | IsInf | IsFinite | LogicalNot | Signbit => DType::Bool,
        Abs if loop_dtype.is_complex() => loop_dtype.real(),
        BitwiseCount => DType::U8,
        _ => loop_dtype,
    }
}

/// Float loops for f32 and f64, each computed in its own precision (as NumPy's typed loops are).
fn float_unary<F: num_traits::Float + num_traits::FloatConst>(op: UnaryOp, x: F) -> F {
    use UnaryOp::*;
    let c = |v: f64| F::from(v).unwrap_or_else(F::nan);
    match op {
        Neg => -x,
        Pos | Conj | Invert | BitwiseCount | LogicalNot | IsNan | IsInf | IsFinite | Signbit => x,
        Abs => x.abs(),
        Sign => {
            if x.is_nan() {
                x
            } else if x > F::zero() {
                F::one()
            } else if x < F::zero() {
                -F::one()
            } else {
                F::zero()
            }
        }
        Sqrt => x.sqrt(),
        Square => x * x,
        Cbrt => x.cbrt(),
        Exp => x.exp(),
        Exp2 => x.exp2(),
        Expm1 => x.exp_m1(),
        Log => x.ln(),
        Log2 => x.log2(),
        Log10 => x.log10(),
        Log1p => x.ln_1p(),
        Sin => x.sin(),
        Cos => x.cos(),
        Tan => x.tan(),
        Arcsin => x.asin(),
        Arccos => x.acos(),
        Arctan => x.atan(),
        Sinh => x.sinh(),
        Cosh => x.cosh(),
        Tanh => x.tanh(),
        Arcsinh => x.asinh(),
        Arccosh => x.acosh(),
        Arctanh => x.atanh(),
        Deg2Rad => x * (F::PI() / c(180.0)),
        Rad2Deg => x * (c(180.0) / F::PI()),
        Floor => x.floor(),
        Ceil => x.ceil(),
        Rint => {
            // Round half to even.
            let r = x.round();
            if (x - x.trunc()).abs() == c(0.5) {
                c(2.0) * (x / c(2.0)).round()
            } else {
                r
            }
        }
        Trunc => x.trunc(),
        Reciprocal => F::one() / x,
        Sinc => {
            if x == F::zero() {
                F::one()
            } else {
                let y = F::PI() * x;
                y.sin() / y
            }
        }
        // Computed in double precision (libm's port of the C library's erf) and rounded to the element type.
        Erf => x.to_f64().map_or_else(F::nan, |v| c(libm::erf(v))),
        Erfc => x.to_f64().map_or_else(F::nan, |v| c(libm::erfc(v))),
    }
}

fn int_unary<T: IntElement>(op: UnaryOp, a: &Tensor) -> TResult<Tensor> {
    use UnaryOp::*;
    let (zero, one) = (T::zero(), T::one());
    match op {
        Neg => map1::<T, T>(a, |x| x.wrapping_neg()),
        Pos | Floor | Ceil | Rint | Trunc | Conj => map1::<T, T>(a, |x| x),
        Abs => map1::<T, T>(a, |x| x.abs_wrapping()),
        Sign => map1::<T, T>(a, move |x| {
            if x > zero {
                one
            } else if x < zero {
                zero.wrapping_sub(&one)
            } else {
                zero
            }
        }),
        Square => map1::<T, T>(a, |x| x.wrapping_mul(&x)),
        // 1/0 in C's integer loop: NumPy returns the type's minimum (after a divide-by-zero warning).
        Reciprocal => {
            let r = map1::<T, T>(a, move |x| if x == zero { T::min_value() } else { one / x })?;
            // NumPy's loop computes 1.0 / x in float and casts back: a zero divides by zero, and the infinity's
            // cast is invalid.
            if fpe::watched().intersects(FpFlags::DIVIDE | FpFlags::INVALID)
                && a.to_vec::<T>().contains(&zero)
            {
                fpe::raise(FpFlags::DIVIDE | FpFlags::INVALID);
            }
            Ok(r)
        }
        Invert => map1::<T, T>(a, |x| !x),
        BitwiseCount => map1::<T, u8>(a, |x| x.abs_wrapping().count_ones() as u8),
        _ => Err(TensorError::Type(format!(
            "internal: {} needs a float loop",
            op.name()
        ))),
    }
}

/// Apply a unary op; `dtype` is the loop dtype from `unary_loop_dtype`.
pub fn unary(op: UnaryOp, a: &Tensor, dtype: DType) -> TResult<Tensor> {
    super::layout::in_keep_order([a], |[a]| unary_kernel(op, a, dtype))
}

fn unary_kernel(op: UnaryOp, a: &Tensor, dtype: DType) -> TResult<Tensor> {
    use UnaryOp::*;
    if a.dtype.is_string() || dtype.is_string() {
        return Err(no_string_loop1(op.name(), a.dtype));
    }
    // Predicates produce bool whatever the input.
    match op {
        IsNan => return a_pred(a, |(re, im)| re.is_nan() || im.is_nan()),
        IsInf => return a_pred(a, |(re, im)| re.is_infinite() || im.is_infinite()),
        IsFinite => return a_pred(a, |(re, im)| re.is_finite() && im.is_finite()),
        LogicalNot => return a_pred(a, |(re, im)| re == 0.0 && im == 0.0),
        // The sign bit itself: -0.0 and -nan count (the f64 widening keeps a NaN's sign).
        Signbit => return a_pred(a, |(re, _)| re.is_sign_negative()),
        _ => {}
    }
    let a = a.cast(dtype);
    match dtype {
        DType::F64 => map1_fp::<f64>(&a, op.fault(), |x| float_unary(op, x)),
        DType::F32 => map1_fp::<f32>(&a, op.fault(), |x| float_unary(op, x)),
        DType::F16 | DType::BF16 => Ok(narrow(
            &unary(op, &a.astype(DType::F32), DType::F32)?,
            dtype,
        )),
        DType::I8 => int_unary::<i8>(op, &a),
        DType::I16 => int_unary::<i16>(op, &a),
        DType::I32 => int_unary::<i32>(op, &a),
        DType::I64 => int_unary::<i64>(op, &a),
        DType::U8 => int_unary::<u8>(op, &a),
        DType::U16 => int_unary::<u16>(op, &a),
        DType::U32 => int_unary::<u32>(op, &a),
        DType::U64 => int_unary::<u64>(op, &a),
        DType::Bool => match op {
            Invert => map1::<bool, bool>(&a, |x| !x),
            Abs | Pos | Square | Floor | Ceil | Trunc | Conj => Ok(a.copy()),
            Sign => int_unary::<i8>(op, &a.astype(DType::I8)).map(|t| t.astype(DType::Bool)),
            _ => Err(TensorError::Type(format!(
                "ufunc '{}' not supported for boolean input",
                op.name()
            ))),
        },
        DType::C64 | DType::C128 => complex_unary(op, &a, dtype),
        DType::Str(_) | DType::Bytes(_) => Err(no_string_loop1(op.name(), dtype)),
    }
}

/// NumPy's error for a one-operand ufunc on strings: the sign-like ufuncs (which have object loops) name the
/// dtype class; the numeric-only ones say the input cannot be coerced.
pub fn no_string_loop1(name: &str, d: DType) -> TensorError {
    if !matches!(name, "negative" | "positive" | "absolute" | "sign") {
        return TensorError::Type(format!(
            "ufunc '{name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''"
        ));
    }
    let class = if matches!(d, DType::Bytes(_)) {
        "BytesDType"
    } else {
        "StrDType"
    };
    TensorError::Type(format!(
        "ufunc '{name}' did not contain a loop with signature matching types <class 'numpy.dtypes.{class}'> -> None"
    ))
}

fn a_pred(a: &Tensor, f: impl Fn((f64, f64)) -> bool) -> TResult<Tensor> {
    let buf = a.buf.borrow();
    let mut out = Vec::with_capacity(a.numel());
    crate::with_data!(a, &buf, v => for_each_offset(&a.shape, &a.strides, a.offset, |o| out.push(f(v[o].to_c()))));
    Ok(Tensor::from_vec(out, a.shape.clone()))
}

fn complex_unary(op: UnaryOp, a: &Tensor, dtype: DType) -> TResult<Tensor> {
    use UnaryOp::*;
    let z = a.cast(DType::C128);
    let r = match op {
        Neg => map1::<C64, C64>(&z, |x| -x)?,
        Pos => z.copy(),
        Conj => map1::<C64, C64>(&z, |x| x.conj())?,
        Square => map1_fp::<C64>(&z, op.fault(), |x| x * x)?,
        Sqrt => map1_fp::<C64>(&z, op.fault(), |x| x.sqrt())?,
        Exp => map1_fp::<C64>(&z, op.fault(), |x| x.exp())?,
        Log => map1_fp::<C64>(&z, op.fault(), |x| x.ln())?,
        Reciprocal => map1_fp::<C64>(&z, op.fault(), complex_reciprocal)?,
        Sign => map1::<C64, C64>(&z, complex_sign)?,
        Sin => map1_fp::<C64>(&z, op.fault(), |x| x.sin())?,
        Cos => map1_fp::<C64>(&z, op.fault(), |x| x.cos())?,
        Tanh => map1_fp::<C64>(&z, op.fault(), |x| x.tanh())?,
        // |z| is real: float64 for complex128, float32 for complex64.
        Abs => return Ok(map1::<C64, f64>(&z, |x| x.norm())?.astype(dtype.real())),
        other => {
            return Err(TensorError::Unsupported(format!(
                "np.{} on complex input",
                other.name()
            )))
        }
    };
    Ok(r.cast(dtype))
}
