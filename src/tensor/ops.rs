//! Elementwise operations: each op is defined once here (name, type rule, per-dtype body), and one generic
//! strided kernel applies it with broadcasting. The library builds `np.<name>` and operators from these tables.

use super::dtype::{promote, DType, Kind};
use super::element::{Element, IntoBuffer, C32, C64};
use super::error::TensorError;
use super::{broadcast_shapes, for_each_offset, TResult, Tensor};
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
    LogicalNot = "logical_not": "Compute the truth value of NOT x element-wise.",
    IsNan = "isnan": "Test element-wise for NaN and return result as a boolean array.",
    IsInf = "isinf": "Test element-wise for positive or negative infinity.",
    IsFinite = "isfinite": "Test element-wise for finiteness (not infinity and not Not a Number).",
    Conj = "conjugate": "Return the complex conjugate, element-wise.",
    Sinc = "sinc": "Return the normalized sinc function.",
});

/// Below this many elements kernels stay on one thread: rayon's wake-up costs about 20 µs here, which only pays
/// off for large arrays (see the tech notes' measurements on 2 cores). Results are identical either way.
pub const PARALLEL_THRESHOLD: usize = 1 << 18;
const CHUNK: usize = 1 << 15;

/// `out[i] = f(x[i], y[i])`, in parallel chunks for large inputs (written in place, no extra copy).
fn zip_into<T: Copy + Send + Sync, U: Copy + Default + Send + Sync>(
    x: &[T],
    y: &[T],
    f: &(impl Fn(T, T) -> U + Sync),
) -> Vec<U> {
    use rayon::prelude::*;
    if x.len() < PARALLEL_THRESHOLD || rayon::current_num_threads() < 2 {
        return x.iter().zip(y.iter()).map(|(a, b)| f(*a, *b)).collect();
    }
    let mut out = vec![U::default(); x.len()];
    out.par_chunks_mut(CHUNK)
        .zip(x.par_chunks(CHUNK))
        .zip(y.par_chunks(CHUNK))
        .for_each(|((o, xc), yc)| {
            for ((o, a), b) in o.iter_mut().zip(xc).zip(yc) {
                *o = f(*a, *b);
            }
        });
    out
}

/// `out[i] = f(x[i])`, in parallel chunks for large inputs (written in place).
fn map_into<T: Copy + Send + Sync, U: Copy + Default + Send + Sync>(
    x: &[T],
    f: &(impl Fn(T) -> U + Sync),
) -> Vec<U> {
    use rayon::prelude::*;
    if x.len() < PARALLEL_THRESHOLD || rayon::current_num_threads() < 2 {
        return x.iter().map(|a| f(*a)).collect();
    }
    let mut out = vec![U::default(); x.len()];
    out.par_chunks_mut(CHUNK)
        .zip(x.par_chunks(CHUNK))
        .for_each(|(o, xc)| {
            for (o, a) in o.iter_mut().zip(xc) {
                *o = f(*a);
            }
        });
    out
}

/// Map `f` over two broadcast inputs of element type `T`, producing a contiguous tensor of `U`.
pub fn map2<T: IntoBuffer, U: IntoBuffer>(
    a: &Tensor,
    b: &Tensor,
    f: impl Fn(T, T) -> U + Sync,
) -> TResult<Tensor> {
    let shape = broadcast_shapes(&a.shape, &b.shape)?;
    let n: usize = shape.iter().product();
    let ab = a.buf.borrow();
    let bb = b.buf.borrow();
    let (Some(sa), Some(sb)) = (T::slice(&ab), T::slice(&bb)) else {
        return Err(TensorError::Type(
            "internal: operands were not cast to the loop type".into(),
        ));
    };
    let mut out = Vec::with_capacity(n);
    if a.shape == shape && b.shape == shape && a.is_contiguous() && b.is_contiguous() {
        let (xa, xb) = (&sa[a.offset..a.offset + n], &sb[b.offset..b.offset + n]);
        out = zip_into(xa, xb, &f);
    } else if b.numel() == 1 && a.shape == shape && a.is_contiguous() {
        let y = sb[b.offset];
        out = map_into(&sa[a.offset..a.offset + n], &|x| f(x, y));
    } else if a.numel() == 1 && b.shape == shape && b.is_contiguous() {
        let x = sa[a.offset];
        out = map_into(&sb[b.offset..b.offset + n], &|y| f(x, y));
    } else {
        let va = a.broadcast_to(&shape)?;
        let vb = b.broadcast_to(&shape)?;
        let mut offs_b = Vec::with_capacity(n);
        for_each_offset(&vb.shape, &vb.strides, vb.offset, |o| offs_b.push(o));
        let mut k = 0;
        for_each_offset(&va.shape, &va.strides, va.offset, |o| {
            out.push(f(sa[o], sb[offs_b[k]]));
            k += 1;
        });
    }
    Ok(Tensor::from_vec(out, shape))
}

/// Map `f` over one input of element type `T`.
pub fn map1<T: IntoBuffer, U: IntoBuffer>(
    a: &Tensor,
    f: impl Fn(T) -> U + Sync,
) -> TResult<Tensor> {
    let buf = a.buf.borrow();
    let Some(s) = T::slice(&buf) else {
        return Err(TensorError::Type(
            "internal: operand was not cast to the loop type".into(),
        ));
    };
    let n = a.numel();
    let out: Vec<U> = if a.is_contiguous() {
        map_into(&s[a.offset..a.offset + n], &f)
    } else {
        let mut out = Vec::with_capacity(n);
        for_each_offset(&a.shape, &a.strides, a.offset, |o| out.push(f(s[o])));
        out
    };
    Ok(Tensor::from_vec(out, a.shape.clone()))
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
    ($t:ty, $op:expr, $a:expr, $b:expr, $divmod:path) => {
        match $op {
            BinaryOp::Add => map2::<$t, $t>($a, $b, |x, y| x + y),
            BinaryOp::Sub => map2::<$t, $t>($a, $b, |x, y| x - y),
            BinaryOp::Mul => map2::<$t, $t>($a, $b, |x, y| x * y),
            BinaryOp::Div => map2::<$t, $t>($a, $b, |x, y| x / y),
            BinaryOp::FloorDiv => map2::<$t, $t>($a, $b, |x, y| $divmod(x, y).0),
            BinaryOp::Mod => map2::<$t, $t>($a, $b, |x, y| $divmod(x, y).1),
            BinaryOp::Pow => map2::<$t, $t>($a, $b, |x, y| x.powf(y)),
            BinaryOp::Maximum => map2::<$t, $t>($a, $b, |x, y| if x.is_nan() || x >= y { x } else { y }),
            BinaryOp::Minimum => map2::<$t, $t>($a, $b, |x, y| if x.is_nan() || x <= y { x } else { y }),
            BinaryOp::FMax => map2::<$t, $t>($a, $b, |x, y| x.max(y)),
            BinaryOp::FMin => map2::<$t, $t>($a, $b, |x, y| x.min(y)),
            BinaryOp::Arctan2 => map2::<$t, $t>($a, $b, |x, y| x.atan2(y)),
            BinaryOp::Hypot => map2::<$t, $t>($a, $b, |x, y| x.hypot(y)),
            BinaryOp::LogAddExp => map2::<$t, $t>($a, $b, |x, y| {
                if x == y {
                    x + (2.0 as $t).ln()
                } else {
                    let m = x.max(y);
                    m + (-(x - y).abs()).exp().ln_1p()
                }
            }),
            BinaryOp::Heaviside => map2::<$t, $t>($a, $b, |x, y| {
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
    };
}

fn int_pow(mut base: i64, mut exp: i64) -> i64 {
    let mut r: i64 = 1;
    while exp > 0 {
        if exp & 1 == 1 {
            r = r.wrapping_mul(base);
        }
        base = base.wrapping_mul(base);
        exp >>= 1;
    }
    r
}

/// Integer loops: computed in i64 and wrapped to the dtype, which gives the same bits as NumPy's C loops.
fn int_binary<T: IntoBuffer>(op: BinaryOp, a: &Tensor, b: &Tensor) -> TResult<Tensor> {
    let w = |v: i64| T::from_i64(v);
    let i = |v: T| v.to_i64();
    match op {
        BinaryOp::Add => map2::<T, T>(a, b, |x, y| w(i(x).wrapping_add(i(y)))),
        BinaryOp::Sub => map2::<T, T>(a, b, |x, y| w(i(x).wrapping_sub(i(y)))),
        BinaryOp::Mul => map2::<T, T>(a, b, |x, y| w(i(x).wrapping_mul(i(y)))),
        BinaryOp::FloorDiv => map2::<T, T>(a, b, |x, y| {
            let (x, y) = (i(x), i(y));
            if y == 0 {
                w(0)
            } else {
                w(num_integer::Integer::div_floor(&x, &y))
            }
        }),
        BinaryOp::Mod => map2::<T, T>(a, b, |x, y| {
            let (x, y) = (i(x), i(y));
            if y == 0 {
                w(0)
            } else {
                w(num_integer::Integer::mod_floor(&x, &y))
            }
        }),
        BinaryOp::Pow => {
            // NumPy refuses negative integer exponents outright.
            let bt = b.to_vec::<i64>();
            if bt.iter().any(|e| *e < 0) {
                return Err(TensorError::Value(
                    "Integers to negative integer powers are not allowed.".into(),
                ));
            }
            map2::<T, T>(a, b, |x, y| w(int_pow(i(x), i(y))))
        }
        BinaryOp::Maximum | BinaryOp::FMax => {
            map2::<T, T>(a, b, |x, y| if i(x) >= i(y) { x } else { y })
        }
        BinaryOp::Minimum | BinaryOp::FMin => {
            map2::<T, T>(a, b, |x, y| if i(x) <= i(y) { x } else { y })
        }
        BinaryOp::BitAnd => map2::<T, T>(a, b, |x, y| w(i(x) & i(y))),
        BinaryOp::BitOr => map2::<T, T>(a, b, |x, y| w(i(x) | i(y))),
        BinaryOp::BitXor => map2::<T, T>(a, b, |x, y| w(i(x) ^ i(y))),
        BinaryOp::LShift => map2::<T, T>(a, b, |x, y| {
            let s = i(y);
            w(if (0..64).contains(&s) {
                i(x).wrapping_shl(s as u32)
            } else {
                0
            })
        }),
        BinaryOp::RShift => map2::<T, T>(a, b, |x, y| {
            let s = i(y);
            let x = i(x);
            w(if (0..64).contains(&s) {
                x >> s
            } else if x < 0 {
                -1
            } else {
                0
            })
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

fn complex_binary<T: IntoBuffer>(op: BinaryOp, a: &Tensor, b: &Tensor) -> TResult<Tensor> {
    let c = |v: T| {
        let (re, im) = v.to_c();
        C64::new(re, im)
    };
    let back = |z: C64| T::from_c(z.re, z.im);
    match op {
        BinaryOp::Add => map2::<T, T>(a, b, |x, y| back(c(x) + c(y))),
        BinaryOp::Sub => map2::<T, T>(a, b, |x, y| back(c(x) - c(y))),
        BinaryOp::Mul => map2::<T, T>(a, b, |x, y| back(c(x) * c(y))),
        BinaryOp::Div => map2::<T, T>(a, b, |x, y| back(c(x) / c(y))),
        BinaryOp::Pow => map2::<T, T>(a, b, |x, y| back(c(x).powc(c(y)))),
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

/// Apply a binary op with NumPy's type resolution; `dtype` is the loop dtype (see `binary_loop_dtype`).
pub fn binary(op: BinaryOp, a: &Tensor, b: &Tensor, dtype: DType) -> TResult<Tensor> {
    let (a, b) = (a.cast(dtype), b.cast(dtype));
    match dtype {
        DType::F64 => float_binary!(f64, op, &a, &b, float_divmod),
        DType::F32 => float_binary!(f32, op, &a, &b, float_divmod),
        DType::F16 | DType::BF16 => {
            let r = binary(op, &a.astype(DType::F32), &b.astype(DType::F32), DType::F32)?;
            Ok(r.astype(dtype))
        }
        DType::I8 => int_binary::<i8>(op, &a, &b),
        DType::I16 => int_binary::<i16>(op, &a, &b),
        DType::I32 => int_binary::<i32>(op, &a, &b),
        DType::I64 => int_binary::<i64>(op, &a, &b),
        DType::U8 => int_binary::<u8>(op, &a, &b),
        DType::C64 => complex_binary::<C32>(op, &a, &b),
        DType::C128 => complex_binary::<C64>(op, &a, &b),
        DType::Bool => match op {
            BinaryOp::Add | BinaryOp::BitOr | BinaryOp::Maximum | BinaryOp::FMax => {
                map2::<bool, bool>(&a, &b, |x, y| x | y)
            }
            BinaryOp::Mul | BinaryOp::BitAnd | BinaryOp::Minimum | BinaryOp::FMin => {
                map2::<bool, bool>(&a, &b, |x, y| x & y)
            }
            BinaryOp::BitXor => map2::<bool, bool>(&a, &b, |x, y| x ^ y),
            other => binary(other, &a, &b, DType::I8),
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
    let (a, b) = (a.cast(dtype), b.cast(dtype));
    match dtype {
        DType::Bool => compare_loop::<bool>(op, &a, &b),
        DType::I8 => compare_loop::<i8>(op, &a, &b),
        DType::I16 => compare_loop::<i16>(op, &a, &b),
        DType::I32 => compare_loop::<i32>(op, &a, &b),
        DType::I64 => compare_loop::<i64>(op, &a, &b),
        DType::U8 => compare_loop::<u8>(op, &a, &b),
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
    }
}

/// The loop (and result) dtype for a unary op on `d`.
pub fn unary_loop_dtype(op: UnaryOp, d: DType) -> TResult<DType> {
    use UnaryOp::*;
    Ok(match op {
        Neg if d == DType::Bool => {
            return Err(TensorError::Type(
                "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.".into(),
            ))
        }
        Neg | Pos | Square | Sign | Conj => d,
        Abs => d,
        Floor | Ceil | Rint | Trunc => match d.kind() {
            Kind::Bool | Kind::Int => d,
            _ => d,
        },
        Reciprocal => d,
        Invert => {
            if d.is_float() || d.is_complex() {
                return Err(TensorError::Type(
                    "ufunc 'invert' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''".into(),
                ));
            }
            d
        }
        LogicalNot | IsNan | IsInf | IsFinite => d,
        _ => d.float_for_ufunc(),
    })
}

/// Float loops for f32 and f64, each computed in its own precision (as NumPy's typed loops are).
fn float_unary<F: num_traits::Float + num_traits::FloatConst>(op: UnaryOp, x: F) -> F {
    use UnaryOp::*;
    let c = |v: f64| F::from(v).unwrap_or_else(F::nan);
    match op {
        Neg => -x,
        Pos | Conj | Invert | LogicalNot | IsNan | IsInf | IsFinite => x,
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
    }
}

fn int_unary<T: IntoBuffer>(op: UnaryOp, a: &Tensor) -> TResult<Tensor> {
    let w = |v: i64| T::from_i64(v);
    let i = |v: T| v.to_i64();
    use UnaryOp::*;
    match op {
        Neg => map1::<T, T>(a, |x| w(i(x).wrapping_neg())),
        Pos | Floor | Ceil | Rint | Trunc | Conj => map1::<T, T>(a, |x| x),
        Abs => map1::<T, T>(a, |x| w(i(x).wrapping_abs())),
        Sign => map1::<T, T>(a, |x| w(i(x).signum())),
        Square => map1::<T, T>(a, |x| w(i(x).wrapping_mul(i(x)))),
        Reciprocal => map1::<T, T>(a, |x| {
            let v = i(x);
            w(if v == 0 { i64::MIN } else { 1 / v })
        }),
        Invert => map1::<T, T>(a, |x| w(!i(x))),
        _ => Err(TensorError::Type(format!(
            "internal: {} needs a float loop",
            op.name()
        ))),
    }
}

/// Apply a unary op; `dtype` is the loop dtype from `unary_loop_dtype`.
pub fn unary(op: UnaryOp, a: &Tensor, dtype: DType) -> TResult<Tensor> {
    use UnaryOp::*;
    // Predicates produce bool whatever the input.
    match op {
        IsNan => return a_pred(a, |(re, im)| re.is_nan() || im.is_nan()),
        IsInf => return a_pred(a, |(re, im)| re.is_infinite() || im.is_infinite()),
        IsFinite => return a_pred(a, |(re, im)| re.is_finite() && im.is_finite()),
        LogicalNot => return a_pred(a, |(re, im)| re == 0.0 && im == 0.0),
        _ => {}
    }
    let a = a.cast(dtype);
    match dtype {
        DType::F64 => map1::<f64, f64>(&a, |x| float_unary(op, x)),
        DType::F32 => map1::<f32, f32>(&a, |x| float_unary(op, x)),
        DType::F16 | DType::BF16 => Ok(unary(op, &a.astype(DType::F32), DType::F32)?.astype(dtype)),
        DType::I8 => int_unary::<i8>(op, &a),
        DType::I16 => int_unary::<i16>(op, &a),
        DType::I32 => int_unary::<i32>(op, &a),
        DType::I64 => int_unary::<i64>(op, &a),
        DType::U8 => int_unary::<u8>(op, &a),
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
    }
}

fn a_pred(a: &Tensor, f: impl Fn((f64, f64)) -> bool) -> TResult<Tensor> {
    let buf = a.buf.borrow();
    let mut out = Vec::with_capacity(a.numel());
    crate::with_buffer!(&*buf, v => for_each_offset(&a.shape, &a.strides, a.offset, |o| out.push(f(v[o].to_c()))));
    Ok(Tensor::from_vec(out, a.shape.clone()))
}

fn complex_unary(op: UnaryOp, a: &Tensor, dtype: DType) -> TResult<Tensor> {
    use UnaryOp::*;
    let z = a.cast(DType::C128);
    let r = match op {
        Neg => map1::<C64, C64>(&z, |x| -x)?,
        Pos => z.copy(),
        Conj => map1::<C64, C64>(&z, |x| x.conj())?,
        Square => map1::<C64, C64>(&z, |x| x * x)?,
        Sqrt => map1::<C64, C64>(&z, |x| x.sqrt())?,
        Exp => map1::<C64, C64>(&z, |x| x.exp())?,
        Log => map1::<C64, C64>(&z, |x| x.ln())?,
        Reciprocal => map1::<C64, C64>(&z, |x| C64::new(1.0, 0.0) / x)?,
        Sin => map1::<C64, C64>(&z, |x| x.sin())?,
        Cos => map1::<C64, C64>(&z, |x| x.cos())?,
        Tanh => map1::<C64, C64>(&z, |x| x.tanh())?,
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
