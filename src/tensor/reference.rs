//! The reference backend: a slow, obviously-correct oracle for the fast CPU kernels in `ops`, `reduce` and
//! `index`, used by the property tests (`tests/properties.rs`) that require bitwise-identical results.
//!
//! Every function here walks the multi-indices of its output in C order, computes each operand's storage offset
//! from its own shape, strides and offset (doing the broadcasting of missing and length-1 axes itself), reads one
//! element, applies a per-element rule and collects the results into a fresh contiguous tensor. It never calls
//! the fast machinery (`map1`, `map2`, `par_fill`, `walk2`, `for_each_offset`, `reduce`, `Plan`, `gather`,
//! `Tensor::astype`/`to_vec`), so a bug in a contiguous fast path, a strided walk or a parallel split cannot hide
//! in both sides of a comparison.
//!
//! The per-element rules are the crate's contract, restated plainly rather than shared: where `ops.rs` exposes
//! the rule as a plain function (`float_divmod`) it is reused; where the rule lives inside a closure or macro it
//! is written out again here, as the same IEEE expression for floats and as exact `i128` arithmetic wrapped to
//! the dtype's width for integers. Reductions visit their elements in the order `reduce.rs` documents (see
//! `SumOrder`), derived here from the shape and strides alone.
//!
//! Conversions are the one place where the oracle states NumPy's (and, for bfloat16, PyTorch's) rule instead of
//! restating the crate's code, because that code is what is in question: an integer becomes a float by a single
//! rounding of its exact value; float16 is rounded once from the exact value (NumPy's `npy_double_to_half`);
//! bfloat16 is rounded from float32 (`c10::BFloat16` is built from a float, so a double or an int64 reaches it
//! through float32). Float-to-integer casts outside the target's range (undefined in C, a warning in NumPy)
//! follow the crate's documented rule: saturate through int64 (NaN gives 0), then wrap.

use super::dtype::{DType, Kind};
use super::element::{Buffer, C32, C64};
use super::error::TensorError;
use super::ops::{float_divmod, BinaryOp, CompareOp, UnaryOp};
use super::reduce::ReduceOp;
use super::{TResult, Tensor};
use half::{bf16, f16};

/// One element, tagged with its dtype (the variants mirror `Buffer`'s).
#[derive(Debug, Clone, Copy)]
pub enum Scalar {
    Bool(bool),
    I8(i8),
    I16(i16),
    I32(i32),
    I64(i64),
    U8(u8),
    U16(u16),
    U32(u32),
    U64(u64),
    F16(f16),
    BF16(bf16),
    F32(f32),
    F64(f64),
    C64(C32),
    C128(C64),
}

impl Scalar {
    pub fn dtype(self) -> DType {
        match self {
            Scalar::Bool(_) => DType::Bool,
            Scalar::I8(_) => DType::I8,
            Scalar::I16(_) => DType::I16,
            Scalar::I32(_) => DType::I32,
            Scalar::I64(_) => DType::I64,
            Scalar::U8(_) => DType::U8,
            Scalar::U16(_) => DType::U16,
            Scalar::U32(_) => DType::U32,
            Scalar::U64(_) => DType::U64,
            Scalar::F16(_) => DType::F16,
            Scalar::BF16(_) => DType::BF16,
            Scalar::F32(_) => DType::F32,
            Scalar::F64(_) => DType::F64,
            Scalar::C64(_) => DType::C64,
            Scalar::C128(_) => DType::C128,
        }
    }

    /// Whether two elements are the same value bit for bit, except that any NaN equals any NaN (payloads are not
    /// part of NumPy's contract). `-0.0` and `0.0` differ.
    pub fn same_bits(self, other: Scalar) -> bool {
        fn f64_same(a: f64, b: f64) -> bool {
            (a.is_nan() && b.is_nan()) || a.to_bits() == b.to_bits()
        }
        fn f32_same(a: f32, b: f32) -> bool {
            (a.is_nan() && b.is_nan()) || a.to_bits() == b.to_bits()
        }
        match (self, other) {
            (Scalar::Bool(a), Scalar::Bool(b)) => a == b,
            (Scalar::I8(a), Scalar::I8(b)) => a == b,
            (Scalar::I16(a), Scalar::I16(b)) => a == b,
            (Scalar::I32(a), Scalar::I32(b)) => a == b,
            (Scalar::I64(a), Scalar::I64(b)) => a == b,
            (Scalar::U8(a), Scalar::U8(b)) => a == b,
            (Scalar::U16(a), Scalar::U16(b)) => a == b,
            (Scalar::U32(a), Scalar::U32(b)) => a == b,
            (Scalar::U64(a), Scalar::U64(b)) => a == b,
            (Scalar::F16(a), Scalar::F16(b)) => {
                (a.is_nan() && b.is_nan()) || a.to_bits() == b.to_bits()
            }
            (Scalar::BF16(a), Scalar::BF16(b)) => {
                (a.is_nan() && b.is_nan()) || a.to_bits() == b.to_bits()
            }
            (Scalar::F32(a), Scalar::F32(b)) => f32_same(a, b),
            (Scalar::F64(a), Scalar::F64(b)) => f64_same(a, b),
            (Scalar::C64(a), Scalar::C64(b)) => f32_same(a.re, b.re) && f32_same(a.im, b.im),
            (Scalar::C128(a), Scalar::C128(b)) => f64_same(a.re, b.re) && f64_same(a.im, b.im),
            _ => false,
        }
    }
}

/// An element's value in a wide form that every dtype converts into exactly (f16/bf16/f32 widen to f64
/// without rounding, every integer fits an i128).
#[derive(Debug, Clone, Copy)]
enum Wide {
    Bool(bool),
    Int(i128),
    Float(f64),
    Complex(f64, f64),
}

fn wide(s: Scalar) -> Wide {
    match s {
        Scalar::Bool(b) => Wide::Bool(b),
        Scalar::I8(v) => Wide::Int(v as i128),
        Scalar::I16(v) => Wide::Int(v as i128),
        Scalar::I32(v) => Wide::Int(v as i128),
        Scalar::I64(v) => Wide::Int(v as i128),
        Scalar::U8(v) => Wide::Int(v as i128),
        Scalar::U16(v) => Wide::Int(v as i128),
        Scalar::U32(v) => Wide::Int(v as i128),
        Scalar::U64(v) => Wide::Int(v as i128),
        Scalar::F16(v) => Wide::Float(v.to_f64()),
        Scalar::BF16(v) => Wide::Float(v.to_f64()),
        Scalar::F32(v) => Wide::Float(v as f64),
        Scalar::F64(v) => Wide::Float(v),
        Scalar::C64(z) => Wide::Complex(z.re as f64, z.im as f64),
        Scalar::C128(z) => Wide::Complex(z.re, z.im),
    }
}

/// The oracle models numbers only; string arrays are checked against NumPy's outputs directly.
fn unsupported_strings() -> TensorError {
    TensorError::Unsupported("string dtypes in the reference backend".into())
}

fn internal(msg: impl Into<String>) -> TensorError {
    TensorError::Type(format!("internal: reference: {}", msg.into()))
}

// ------------------------------------------------------------------------------------------ element access

/// Every multi-index of a shape in C order (last axis fastest); nothing for a shape with a zero, one empty
/// index for a 0-d shape.
struct Indices {
    shape: Vec<usize>,
    next: Option<Vec<usize>>,
}

impl Iterator for Indices {
    type Item = Vec<usize>;
    fn next(&mut self) -> Option<Vec<usize>> {
        let cur = self.next.take()?;
        let mut nxt = cur.clone();
        let mut ax = nxt.len();
        // Odometer step: bump the last axis, carrying into the earlier ones; past the first axis we are done.
        while ax > 0 {
            ax -= 1;
            nxt[ax] += 1;
            if nxt[ax] < self.shape[ax] {
                self.next = Some(nxt);
                return Some(cur);
            }
            nxt[ax] = 0;
        }
        Some(cur)
    }
}

fn indices(shape: &[usize]) -> Indices {
    Indices {
        shape: shape.to_vec(),
        next: if shape.contains(&0) {
            None
        } else {
            Some(vec![0; shape.len()])
        },
    }
}

/// The storage offset of the element of `t` seen at multi-index `idx` of a (broadcast) shape with `idx.len()`
/// axes: `t`'s axes align to the right, and a length-1 axis of `t` always reads its only element.
fn offset_at(t: &Tensor, idx: &[usize]) -> TResult<isize> {
    let lead = idx
        .len()
        .checked_sub(t.ndim())
        .ok_or_else(|| internal("operand has more axes than the output"))?;
    let mut off = t.offset as isize;
    for (j, (&n, &s)) in t.shape.iter().zip(&t.strides).enumerate() {
        let i = idx[lead + j];
        let i = if n == 1 {
            0
        } else if i < n {
            i
        } else {
            return Err(internal("index outside the operand"));
        };
        off += i as isize * s;
    }
    Ok(off)
}

/// Read element `off` of storage seen as `dtype` (the `off`-th `itemsize`-byte run), decoding its bytes
/// directly, independently of the kernels' typed slices and reinterpretation.
fn read(dtype: DType, buf: &Buffer, off: isize) -> TResult<Scalar> {
    if dtype.is_string() {
        return Err(unsupported_strings());
    }
    let i = usize::try_from(off).map_err(|_| internal(format!("negative offset {off}")))?;
    let size = dtype.itemsize();
    let bytes = buf.bytes();
    let b = i
        .checked_mul(size)
        .and_then(|start| bytes.get(start..start + size))
        .ok_or_else(|| {
            internal(format!(
                "offset {off} outside storage of {} bytes as {dtype}",
                bytes.len()
            ))
        })?;
    fn arr<const N: usize>(b: &[u8]) -> TResult<[u8; N]> {
        b.get(..N)
            .and_then(|x| x.try_into().ok())
            .ok_or_else(|| internal("element shorter than its dtype"))
    }
    Ok(match dtype {
        DType::Bool => Scalar::Bool(b[0] != 0),
        DType::I8 => Scalar::I8(i8::from_ne_bytes(arr(b)?)),
        DType::I16 => Scalar::I16(i16::from_ne_bytes(arr(b)?)),
        DType::I32 => Scalar::I32(i32::from_ne_bytes(arr(b)?)),
        DType::I64 => Scalar::I64(i64::from_ne_bytes(arr(b)?)),
        DType::U8 => Scalar::U8(b[0]),
        DType::U16 => Scalar::U16(u16::from_ne_bytes(arr(b)?)),
        DType::U32 => Scalar::U32(u32::from_ne_bytes(arr(b)?)),
        DType::U64 => Scalar::U64(u64::from_ne_bytes(arr(b)?)),
        DType::F16 => Scalar::F16(f16::from_bits(u16::from_ne_bytes(arr(b)?))),
        DType::BF16 => Scalar::BF16(bf16::from_bits(u16::from_ne_bytes(arr(b)?))),
        DType::F32 => Scalar::F32(f32::from_ne_bytes(arr(b)?)),
        DType::F64 => Scalar::F64(f64::from_ne_bytes(arr(b)?)),
        DType::C64 => Scalar::C64(C32::new(
            f32::from_ne_bytes(arr(b)?),
            f32::from_ne_bytes(arr(&b[4..])?),
        )),
        DType::C128 => Scalar::C128(C64::new(
            f64::from_ne_bytes(arr(b)?),
            f64::from_ne_bytes(arr(&b[8..])?),
        )),
        // Refused at the top of this function.
        DType::Str(_) | DType::Bytes(_) => return Err(unsupported_strings()),
    })
}

/// The elements of `t` broadcast to `shape`, in C order.
fn elements_as(t: &Tensor, shape: &[usize]) -> TResult<Vec<Scalar>> {
    let buf = t.buf.borrow();
    indices(shape)
        .map(|idx| read(t.dtype, &buf, offset_at(t, &idx)?))
        .collect()
}

/// The elements of a tensor in C order.
pub fn elements(t: &Tensor) -> TResult<Vec<Scalar>> {
    elements_as(t, &t.shape)
}

/// A contiguous tensor of `dtype` from elements that must all have that dtype.
pub fn build(dtype: DType, vals: &[Scalar], shape: Vec<usize>) -> TResult<Tensor> {
    if vals.len() != shape.iter().product::<usize>() {
        return Err(internal("element count does not match the shape"));
    }
    macro_rules! collect {
        ($var:ident) => {{
            let mut v = Vec::with_capacity(vals.len());
            for s in vals {
                match s {
                    Scalar::$var(x) => v.push(*x),
                    other => {
                        return Err(internal(format!(
                            "{} element in a {} result",
                            other.dtype(),
                            dtype
                        )))
                    }
                }
            }
            Buffer::$var(v)
        }};
    }
    let buf = match dtype {
        DType::Bool => collect!(Bool),
        DType::I8 => collect!(I8),
        DType::I16 => collect!(I16),
        DType::I32 => collect!(I32),
        DType::I64 => collect!(I64),
        DType::U8 => collect!(U8),
        DType::U16 => collect!(U16),
        DType::U32 => collect!(U32),
        DType::U64 => collect!(U64),
        DType::F16 => collect!(F16),
        DType::BF16 => collect!(BF16),
        DType::F32 => collect!(F32),
        DType::F64 => collect!(F64),
        DType::C64 => collect!(C64),
        DType::C128 => collect!(C128),
        DType::Str(_) | DType::Bytes(_) => return Err(unsupported_strings()),
    };
    Ok(Tensor::from_buffer(buf, shape))
}

/// NumPy's broadcasting of two shapes, written out: align right, a missing axis or a 1 takes the other's length.
fn broadcast(a: &[usize], b: &[usize]) -> TResult<Vec<usize>> {
    let n = a.len().max(b.len());
    let dim = |s: &[usize], i: usize| {
        if i + s.len() >= n {
            s[i + s.len() - n]
        } else {
            1
        }
    };
    (0..n)
        .map(|i| match (dim(a, i), dim(b, i)) {
            (x, y) if x == y => Ok(x),
            (1, y) => Ok(y),
            (x, 1) => Ok(x),
            _ => Err(TensorError::Broadcast(vec![a.to_vec(), b.to_vec()])),
        })
        .collect()
}

// ------------------------------------------------------------------------------------------------- casts

/// An exact integer wrapped (two's complement) to an integer dtype's width.
fn int_scalar(to: DType, v: i128) -> Scalar {
    match to {
        DType::I8 => Scalar::I8(v as i8),
        DType::I16 => Scalar::I16(v as i16),
        DType::I32 => Scalar::I32(v as i32),
        DType::U8 => Scalar::U8(v as u8),
        DType::U16 => Scalar::U16(v as u16),
        DType::U32 => Scalar::U32(v as u32),
        DType::U64 => Scalar::U64(v as u64),
        _ => Scalar::I64(v as i64),
    }
}

/// A float's conversion to an integer dtype: C-style truncation toward zero. Out-of-range values (undefined
/// in C, where NumPy warns) follow the crate's contract: they saturate to int64 (NaN gives 0) and then wrap to
/// the target's width, except that values from 2^63 up reach unsigned targets through uint64.
fn float_to_int(f: f64, to: DType) -> i128 {
    if to.is_unsigned() && f >= 9223372036854775808.0 {
        (f as u64) as i128
    } else {
        (f as i64) as i128
    }
}

/// `x` rounded to f32 "to odd": exact values stay, an inexact one takes whichever of its two f32 neighbours has
/// an odd last mantissa bit. Rounding that again to a format at least two bits narrower (float16, bfloat16)
/// gives the correct rounding of `x` itself, where rounding to nearest twice could invent a tie. (`half`'s
/// own `from_f64` drops the low 32 bits of the f64 mantissa first, which does invent ties, so it is not used.)
fn f32_round_to_odd(x: f64) -> f32 {
    let r = x as f32;
    if x.is_nan() || r as f64 == x {
        return r;
    }
    let (lo, hi) = if (r as f64) < x {
        (r, r.next_up())
    } else {
        (r.next_down(), r)
    };
    if lo.to_bits() & 1 == 1 {
        lo
    } else {
        hi
    }
}

/// An exact integer rounded to f32 "to odd" (see `f32_round_to_odd`).
fn int_round_to_odd(v: i128) -> f32 {
    let r = v as f32;
    // Every integer here is below 2^65, so `r` is finite and integral and converts back exactly.
    let back = r as i128;
    if back == v {
        return r;
    }
    let (lo, hi) = if back < v {
        (r, r.next_up())
    } else {
        (r.next_down(), r)
    };
    if lo.to_bits() & 1 == 1 {
        lo
    } else {
        hi
    }
}

/// An f64 rounded (to nearest, ties to even) into a real float dtype. float16 is NumPy's: one rounding
/// (`npy_double_to_half`). bfloat16 is PyTorch's (NumPy has none): `c10::BFloat16` is built from a float, so a
/// double reaches it through float32, rounding twice.
fn float_scalar(to: DType, f: f64) -> Scalar {
    match to {
        DType::F16 => Scalar::F16(f16::from_f32(f32_round_to_odd(f))),
        DType::BF16 => Scalar::BF16(bf16::from_f32(f as f32)),
        DType::F32 => Scalar::F32(f as f32),
        _ => Scalar::F64(f),
    }
}

/// An exact integer rounded once (to nearest, ties to even) into a real float dtype, as C's conversions in
/// NumPy's cast loops do; bfloat16 (PyTorch's) again through float32.
fn int_to_float(v: i128, to: DType) -> Scalar {
    match to {
        DType::F16 => Scalar::F16(f16::from_f32(int_round_to_odd(v))),
        DType::BF16 => Scalar::BF16(bf16::from_f32(v as f32)),
        DType::F32 => Scalar::F32(v as f32),
        _ => Scalar::F64(v as f64),
    }
}

/// A complex number from two f64 parts, each rounded to the component type.
fn complex_scalar(to: DType, re: f64, im: f64) -> Scalar {
    match to {
        DType::C64 => Scalar::C64(C32::new(re as f32, im as f32)),
        _ => Scalar::C128(C64::new(re, im)),
    }
}

/// Truthiness as NumPy's bool cast sees it: nonzero (NaN is true; a complex number is true if either part is).
fn truthy(s: Scalar) -> bool {
    match wide(s) {
        Wide::Bool(b) => b,
        Wide::Int(v) => v != 0,
        Wide::Float(f) => f != 0.0,
        Wide::Complex(re, im) => re != 0.0 || im != 0.0,
    }
}

/// NumPy's `astype` of one element: bools become 0/1, integers wrap, floats truncate toward zero, complex
/// numbers drop their imaginary part when the target is real.
pub fn cast(s: Scalar, to: DType) -> Scalar {
    match (to.kind(), wide(s)) {
        (Kind::Bool, _) => Scalar::Bool(truthy(s)),
        (Kind::Int, Wide::Bool(b)) => int_scalar(to, b as i128),
        (Kind::Int, Wide::Int(v)) => int_scalar(to, v),
        (Kind::Int, Wide::Float(f) | Wide::Complex(f, _)) => int_scalar(to, float_to_int(f, to)),
        (Kind::Float, Wide::Bool(b)) => float_scalar(to, b as u8 as f64),
        (Kind::Float, Wide::Int(v)) => int_to_float(v, to),
        (Kind::Float, Wide::Float(f) | Wide::Complex(f, _)) => float_scalar(to, f),
        (Kind::Complex, Wide::Bool(b)) => complex_scalar(to, b as u8 as f64, 0.0),
        (Kind::Complex, Wide::Int(v)) => match to {
            DType::C64 => Scalar::C64(C32::new(v as f32, 0.0)),
            _ => Scalar::C128(C64::new(v as f64, 0.0)),
        },
        (Kind::Complex, Wide::Float(f)) => complex_scalar(to, f, 0.0),
        (Kind::Complex, Wide::Complex(re, im)) => complex_scalar(to, re, im),
        // A number has no string `Scalar`; `astype` refuses string targets before casting.
        (Kind::Str, _) => s,
    }
}

/// `t.astype(dtype)`, element by element.
pub fn astype(t: &Tensor, dtype: DType) -> TResult<Tensor> {
    if dtype.is_string() {
        return Err(unsupported_strings());
    }
    let vals: Vec<Scalar> = elements(t)?.into_iter().map(|s| cast(s, dtype)).collect();
    build(dtype, &vals, t.shape.clone())
}

// ------------------------------------------------------------------------------------ float scalar rules

macro_rules! float_rules {
    ($bin:ident, $un:ident, $t:ty, $pi:expr) => {
        /// One element of a binary op in this float type; `None` for ops without a float loop.
        fn $bin(op: BinaryOp, x: $t, y: $t) -> Option<$t> {
            Some(match op {
                BinaryOp::Add => x + y,
                BinaryOp::Sub => x - y,
                BinaryOp::Mul => x * y,
                BinaryOp::Div => x / y,
                BinaryOp::FloorDiv => float_divmod(x, y).0,
                BinaryOp::Mod => float_divmod(x, y).1,
                BinaryOp::Pow => x.powf(y),
                // NumPy: `(x > y || isnan(x)) ? x : y`, so a NaN in either operand propagates and a tie
                // (0.0 vs -0.0) gives y; fmax/fmin ignore a NaN and give x on a tie.
                BinaryOp::Maximum => {
                    if x.is_nan() || x > y {
                        x
                    } else {
                        y
                    }
                }
                BinaryOp::Minimum => {
                    if x.is_nan() || x < y {
                        x
                    } else {
                        y
                    }
                }
                BinaryOp::FMax => {
                    if y.is_nan() || x >= y {
                        x
                    } else {
                        y
                    }
                }
                BinaryOp::FMin => {
                    if y.is_nan() || x <= y {
                        x
                    } else {
                        y
                    }
                }
                BinaryOp::Arctan2 => x.atan2(y),
                BinaryOp::Hypot => x.hypot(y),
                BinaryOp::LogAddExp => {
                    if x == y {
                        x + (2.0 as $t).ln()
                    } else {
                        x.max(y) + (-(x - y).abs()).exp().ln_1p()
                    }
                }
                BinaryOp::Heaviside => {
                    if x.is_nan() {
                        x
                    } else if x == 0.0 {
                        y
                    } else if x < 0.0 {
                        0.0
                    } else {
                        1.0
                    }
                }
                BinaryOp::BitAnd
                | BinaryOp::BitOr
                | BinaryOp::BitXor
                | BinaryOp::LShift
                | BinaryOp::RShift => return None,
            })
        }

        /// One element of a unary op in this float type; `None` for ops without a float loop.
        fn $un(op: UnaryOp, x: $t) -> Option<$t> {
            use UnaryOp::*;
            let pi: $t = $pi;
            Some(match op {
                Neg => -x,
                Pos | Conj => x,
                Abs => x.abs(),
                Sign => {
                    if x.is_nan() {
                        x
                    } else if x > 0.0 {
                        1.0
                    } else if x < 0.0 {
                        -1.0
                    } else {
                        0.0
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
                Deg2Rad => x * (pi / 180.0),
                Rad2Deg => x * (180.0 / pi),
                Floor => x.floor(),
                Ceil => x.ceil(),
                // NumPy's rint rounds half to even.
                Rint => x.round_ties_even(),
                Trunc => x.trunc(),
                Reciprocal => 1.0 / x,
                Sinc => {
                    if x == 0.0 {
                        1.0
                    } else {
                        (pi * x).sin() / (pi * x)
                    }
                }
                Erf => libm::erf(x as f64) as $t,
                Erfc => libm::erfc(x as f64) as $t,
                Invert | BitwiseCount | LogicalNot | IsNan | IsInf | IsFinite | Signbit => {
                    return None
                }
            })
        }
    };
}

float_rules!(binary_f32, unary_f32, f32, std::f32::consts::PI);
float_rules!(binary_f64, unary_f64, f64, std::f64::consts::PI);

/// The f32 value of a half-precision element (exact).
fn half_to_f32(s: Scalar) -> f32 {
    match s {
        Scalar::F16(v) => v.to_f32(),
        Scalar::BF16(v) => v.to_f32(),
        Scalar::F32(v) => v,
        _ => f32::NAN,
    }
}

/// An f32 rounded back into a half-precision dtype.
fn f32_to_half(to: DType, x: f32) -> Scalar {
    match to {
        DType::BF16 => Scalar::BF16(bf16::from_f32(x)),
        _ => Scalar::F16(f16::from_f32(x)),
    }
}

fn complex_of(s: Scalar) -> C64 {
    match wide(s) {
        Wide::Complex(re, im) => C64::new(re, im),
        Wide::Float(f) => C64::new(f, 0.0),
        Wide::Int(v) => C64::new(v as f64, 0.0),
        Wide::Bool(b) => C64::new(b as u8 as f64, 0.0),
    }
}

fn int_of(s: Scalar) -> i128 {
    match wide(s) {
        Wide::Int(v) => v,
        Wide::Bool(b) => b as i128,
        // Never asked for: callers cast to an integer loop dtype first.
        Wide::Float(f) | Wide::Complex(f, _) => f as i128,
    }
}

fn int_bits(d: DType) -> i128 {
    (d.itemsize() * 8) as i128
}

fn int_min(d: DType) -> i128 {
    match d.int_range() {
        Some((lo, _)) => lo,
        None => 0,
    }
}

// ----------------------------------------------------------------------------------------- binary ops

fn unsupported(op: &str, dtype: DType) -> TensorError {
    TensorError::Type(format!("reference: '{op}' has no {dtype} loop"))
}

/// Floor division of exact integers (Python's `//`).
fn floor_div(x: i128, y: i128) -> i128 {
    let q = x / y;
    if x % y != 0 && ((x < 0) != (y < 0)) {
        q - 1
    } else {
        q
    }
}

/// One element of a binary op in an integer loop dtype: exact arithmetic on i128, wrapped to the width (the
/// low bits of a product survive i128's own wrapping since 2^128 is a multiple of 2^width).
fn int_binary(op: BinaryOp, d: DType, x: i128, y: i128) -> Option<i128> {
    let bits = int_bits(d);
    Some(match op {
        BinaryOp::Add => x + y,
        BinaryOp::Sub => x - y,
        BinaryOp::Mul => x.wrapping_mul(y),
        // Division by zero gives 0 in NumPy's integer loops (with a warning); MIN // -1 wraps to MIN.
        BinaryOp::FloorDiv => {
            if y == 0 {
                0
            } else {
                floor_div(x, y)
            }
        }
        BinaryOp::Mod => {
            if y == 0 {
                0
            } else {
                x - floor_div(x, y) * y
            }
        }
        BinaryOp::Pow => {
            // Exponentiation by squaring, wrapping (negative exponents were rejected before).
            let (mut base, mut e, mut r) = (x, y, 1i128);
            while e > 0 {
                if e & 1 == 1 {
                    r = r.wrapping_mul(base);
                }
                base = base.wrapping_mul(base);
                e >>= 1;
            }
            r
        }
        BinaryOp::Maximum | BinaryOp::FMax => x.max(y),
        BinaryOp::Minimum | BinaryOp::FMin => x.min(y),
        BinaryOp::BitAnd => x & y,
        BinaryOp::BitOr => x | y,
        BinaryOp::BitXor => x ^ y,
        // Shifts by a negative amount or by the width or more give 0 (or -1 for a negative number shifted
        // right), as NumPy defines them.
        BinaryOp::LShift => {
            if (0..bits).contains(&y) {
                x << y
            } else {
                0
            }
        }
        BinaryOp::RShift => {
            if (0..bits).contains(&y) {
                x >> y
            } else if x < 0 {
                -1
            } else {
                0
            }
        }
        BinaryOp::Div
        | BinaryOp::Arctan2
        | BinaryOp::Hypot
        | BinaryOp::LogAddExp
        | BinaryOp::Heaviside => return None,
    })
}

/// One element of a binary op computed in `loop_dtype` (operands already cast to it).
fn binary_scalar(op: BinaryOp, x: Scalar, y: Scalar, d: DType) -> TResult<Scalar> {
    let none = || unsupported(op.name(), d);
    Ok(match d {
        DType::F64 => match (x, y) {
            (Scalar::F64(a), Scalar::F64(b)) => Scalar::F64(binary_f64(op, a, b).ok_or_else(none)?),
            _ => return Err(internal("operands not in the loop dtype")),
        },
        DType::F32 => match (x, y) {
            (Scalar::F32(a), Scalar::F32(b)) => Scalar::F32(binary_f32(op, a, b).ok_or_else(none)?),
            _ => return Err(internal("operands not in the loop dtype")),
        },
        // Half precision computes in f32 and rounds back, as NumPy's half loops do.
        DType::F16 | DType::BF16 => {
            let r = binary_f32(op, half_to_f32(x), half_to_f32(y)).ok_or_else(none)?;
            f32_to_half(d, r)
        }
        // Complex loops compute in complex128 and round back (multiplication excepted).
        DType::C64 | DType::C128 => {
            let (a, b) = (complex_of(x), complex_of(y));
            let r = match op {
                BinaryOp::Add => a + b,
                BinaryOp::Sub => a - b,
                // NumPy's multiply loop fuses each component's multiply-add, in the component precision.
                BinaryOp::Mul if d == DType::C64 => {
                    let (ar, ai, br, bi) = (a.re as f32, a.im as f32, b.re as f32, b.im as f32);
                    C64::new(
                        ar.mul_add(br, -(ai * bi)) as f64,
                        ar.mul_add(bi, ai * br) as f64,
                    )
                }
                BinaryOp::Mul => C64::new(
                    a.re.mul_add(b.re, -(a.im * b.im)),
                    a.re.mul_add(b.im, a.im * b.re),
                ),
                // Smith's algorithm, as NumPy's loops divide.
                BinaryOp::Div => {
                    if b.re.abs() >= b.im.abs() {
                        if b.re == 0.0 && b.im == 0.0 {
                            C64::new(a.re / b.re.abs(), a.im / b.re.abs())
                        } else {
                            let rat = b.im / b.re;
                            let scl = 1.0 / (b.re + b.im * rat);
                            C64::new((a.re + a.im * rat) * scl, (a.im - a.re * rat) * scl)
                        }
                    } else {
                        let rat = b.re / b.im;
                        let scl = 1.0 / (b.im + b.re * rat);
                        C64::new((a.re * rat + a.im) * scl, (a.im * rat - a.re) * scl)
                    }
                }
                BinaryOp::Pow => reference_cpow(a, b),
                _ => return Err(none()),
            };
            complex_scalar(d, r.re, r.im)
        }
        DType::Bool => {
            let (a, b) = (truthy(x), truthy(y));
            match op {
                BinaryOp::Add | BinaryOp::BitOr | BinaryOp::Maximum | BinaryOp::FMax => {
                    Scalar::Bool(a | b)
                }
                BinaryOp::Mul | BinaryOp::BitAnd | BinaryOp::Minimum | BinaryOp::FMin => {
                    Scalar::Bool(a & b)
                }
                BinaryOp::BitXor => Scalar::Bool(a ^ b),
                // Everything else on bools runs in int8.
                _ => binary_scalar(op, cast(x, DType::I8), cast(y, DType::I8), DType::I8)?,
            }
        }
        _ => int_scalar(d, int_binary(op, d, int_of(x), int_of(y)).ok_or_else(none)?),
    })
}

/// The dtype a binary op's loop produces (bool loops hand most ops to int8).
fn binary_out_dtype(op: BinaryOp, d: DType) -> DType {
    match (d, op) {
        (
            DType::Bool,
            BinaryOp::Add
            | BinaryOp::BitOr
            | BinaryOp::Maximum
            | BinaryOp::FMax
            | BinaryOp::Mul
            | BinaryOp::BitAnd
            | BinaryOp::Minimum
            | BinaryOp::FMin
            | BinaryOp::BitXor,
        ) => DType::Bool,
        (DType::Bool, _) => DType::I8,
        _ => d,
    }
}

/// `op(a, b)` with both operands cast to `loop_dtype` (as `ops::binary`), broadcasting by NumPy's rules.
pub fn binary(op: BinaryOp, a: &Tensor, b: &Tensor, loop_dtype: DType) -> TResult<Tensor> {
    let shape = broadcast(&a.shape, &b.shape)?;
    let d = loop_dtype;
    // NumPy refuses negative integer exponents; the crate checks every element of the exponent operand.
    if op == BinaryOp::Pow && d.is_int() && !d.is_unsigned() {
        let negative = elements(b)?.into_iter().any(|s| int_of(cast(s, d)) < 0);
        if negative {
            return Err(TensorError::Value(
                "Integers to negative integer powers are not allowed.".into(),
            ));
        }
    }
    let xs = elements_as(a, &shape)?;
    let ys = elements_as(b, &shape)?;
    let vals = xs
        .into_iter()
        .zip(ys)
        .map(|(x, y)| binary_scalar(op, cast(x, d), cast(y, d), d))
        .collect::<TResult<Vec<Scalar>>>()?;
    if vals.is_empty() {
        // An empty result still has to be a valid op for the loop dtype.
        let probe = cast(Scalar::Bool(true), d);
        binary_scalar(op, probe, probe, d)?;
    }
    build(binary_out_dtype(op, d), &vals, shape)
}

// ---------------------------------------------------------------------------------------- comparisons

/// One comparison in `d` (operands already cast to it). Real values compare exactly (every real dtype widens
/// to i128 or f64 without rounding); complex numbers order by real part, then imaginary part.
fn compare_scalar(op: CompareOp, x: Scalar, y: Scalar) -> bool {
    use std::cmp::Ordering;
    match op {
        CompareOp::And => return truthy(x) && truthy(y),
        CompareOp::Or => return truthy(x) || truthy(y),
        CompareOp::Xor => return truthy(x) != truthy(y),
        _ => {}
    }
    // `None` means unordered (a NaN somewhere it matters).
    let ord: Option<Ordering> = match (wide(x), wide(y)) {
        (Wide::Int(a), Wide::Int(b)) => Some(a.cmp(&b)),
        (Wide::Bool(a), Wide::Bool(b)) => Some(a.cmp(&b)),
        (Wide::Float(a), Wide::Float(b)) => a.partial_cmp(&b),
        (Wide::Complex(ar, ai), Wide::Complex(br, bi)) => {
            if op == CompareOp::Eq {
                return ar == br && ai == bi;
            }
            if op == CompareOp::Ne {
                return ar != br || ai != bi;
            }
            match ar.partial_cmp(&br) {
                Some(Ordering::Equal) => ai.partial_cmp(&bi),
                other => other,
            }
        }
        _ => None,
    };
    match op {
        CompareOp::Eq => ord == Some(Ordering::Equal),
        CompareOp::Ne => ord != Some(Ordering::Equal),
        CompareOp::Lt => ord == Some(Ordering::Less),
        CompareOp::Le => matches!(ord, Some(Ordering::Less | Ordering::Equal)),
        CompareOp::Gt => ord == Some(Ordering::Greater),
        CompareOp::Ge => matches!(ord, Some(Ordering::Greater | Ordering::Equal)),
        CompareOp::And | CompareOp::Or | CompareOp::Xor => false,
    }
}

/// A comparison or logical op computed in `dtype` (the promoted input type), producing bool.
pub fn compare(op: CompareOp, a: &Tensor, b: &Tensor, dtype: DType) -> TResult<Tensor> {
    let shape = broadcast(&a.shape, &b.shape)?;
    let xs = elements_as(a, &shape)?;
    let ys = elements_as(b, &shape)?;
    let vals: Vec<Scalar> = xs
        .into_iter()
        .zip(ys)
        .map(|(x, y)| Scalar::Bool(compare_scalar(op, cast(x, dtype), cast(y, dtype))))
        .collect();
    build(DType::Bool, &vals, shape)
}

// ------------------------------------------------------------------------------------------- unary ops

/// One element of an integer unary op, exact then wrapped.
fn int_unary(op: UnaryOp, d: DType, x: i128) -> Option<i128> {
    use UnaryOp::*;
    Some(match op {
        Neg => -x,
        Pos | Floor | Ceil | Rint | Trunc | Conj => x,
        Abs => x.abs(),
        Sign => x.signum(),
        Square => x.wrapping_mul(x),
        // 1/0 in C's integer loop: NumPy returns the type's minimum (after a divide-by-zero warning).
        Reciprocal => {
            if x == 0 {
                int_min(d)
            } else {
                1 / x
            }
        }
        Invert => !x,
        BitwiseCount => x.unsigned_abs().count_ones() as i128,
        _ => return None,
    })
}

/// One element of a unary op in loop dtype `d` (operand already cast to it).
fn unary_scalar(op: UnaryOp, x: Scalar, d: DType) -> TResult<Scalar> {
    use UnaryOp::*;
    let none = || unsupported(op.name(), d);
    Ok(match (d, x) {
        (DType::F64, Scalar::F64(v)) => Scalar::F64(unary_f64(op, v).ok_or_else(none)?),
        (DType::F32, Scalar::F32(v)) => Scalar::F32(unary_f32(op, v).ok_or_else(none)?),
        (DType::F16 | DType::BF16, _) => {
            f32_to_half(d, unary_f32(op, half_to_f32(x)).ok_or_else(none)?)
        }
        (DType::Bool, Scalar::Bool(b)) => match op {
            Invert => Scalar::Bool(!b),
            // sign(True) is 1 and sign(False) is 0: the bool itself.
            Abs | Pos | Square | Floor | Ceil | Trunc | Conj | Sign => Scalar::Bool(b),
            _ => return Err(none()),
        },
        (DType::C64 | DType::C128, _) => {
            let z = complex_of(x);
            let r = match op {
                Neg => -z,
                Pos => z,
                Conj => z.conj(),
                Square => z * z,
                Sqrt => z.sqrt(),
                Exp => z.exp(),
                Log => z.ln(),
                Reciprocal => {
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
                Sin => z.sin(),
                Cos => z.cos(),
                Tanh => z.tanh(),
                // NumPy 2: z/|z|, 0 at 0, NaN if a part is NaN or both are infinite, else the unit towards
                // an infinite part.
                Sign => {
                    let m = z.re.hypot(z.im);
                    let unit = |v: f64| if v > 0.0 { 1.0 } else { -1.0 };
                    if m.is_nan() || (z.re.is_infinite() && z.im.is_infinite()) {
                        C64::new(f64::NAN, f64::NAN)
                    } else if z.re.is_infinite() {
                        C64::new(unit(z.re), 0.0)
                    } else if z.im.is_infinite() {
                        C64::new(0.0, unit(z.im))
                    } else if m == 0.0 {
                        C64::new(0.0, 0.0)
                    } else {
                        C64::new(z.re / m, z.im / m)
                    }
                }
                // |z| is real: float64 for complex128, float32 for complex64.
                Abs => return Ok(float_scalar(d.real(), z.norm())),
                _ => {
                    return Err(TensorError::Unsupported(format!(
                        "np.{} on complex input",
                        op.name()
                    )))
                }
            };
            complex_scalar(d, r.re, r.im)
        }
        (d, x) if d.is_int() => int_scalar(
            crate::tensor::ops::unary_out_dtype(op, d),
            int_unary(op, d, int_of(x)).ok_or_else(none)?,
        ),
        _ => return Err(internal("operand not in the loop dtype")),
    })
}

/// `op(a)` in loop dtype `dtype` (see `ops::unary_loop_dtype`); the predicates read the input directly.
pub fn unary(op: UnaryOp, a: &Tensor, dtype: DType) -> TResult<Tensor> {
    use UnaryOp::*;
    let xs = elements(a)?;
    let pred = |f: fn(f64, f64) -> bool| -> TResult<Tensor> {
        let vals: Vec<Scalar> = xs
            .iter()
            .map(|&s| {
                let (re, im) = match wide(s) {
                    Wide::Complex(re, im) => (re, im),
                    Wide::Float(f) => (f, 0.0),
                    Wide::Int(v) => (v as f64, 0.0),
                    Wide::Bool(b) => (b as u8 as f64, 0.0),
                };
                Scalar::Bool(f(re, im))
            })
            .collect();
        build(DType::Bool, &vals, a.shape.clone())
    };
    match op {
        IsNan => return pred(|re, im| re.is_nan() || im.is_nan()),
        IsInf => return pred(|re, im| re.is_infinite() || im.is_infinite()),
        IsFinite => return pred(|re, im| re.is_finite() && im.is_finite()),
        LogicalNot => return pred(|re, im| re == 0.0 && im == 0.0),
        Signbit if !a.dtype().is_complex() => return pred(|re, _| re.is_sign_negative()),
        _ => {}
    }
    let out = crate::tensor::ops::unary_out_dtype(op, dtype);
    let vals = xs
        .into_iter()
        .map(|x| unary_scalar(op, cast(x, dtype), dtype))
        .collect::<TResult<Vec<Scalar>>>()?;
    if vals.is_empty() {
        unary_scalar(op, cast(Scalar::Bool(false), dtype), dtype)?;
    }
    build(out, &vals, a.shape.clone())
}

// ------------------------------------------------------------------------------------------ reductions

/// NumPy's pairwise summation, serial (the fast path may run the two halves of a long sum in parallel, which
/// must not change a bit): below 8 elements a running sum from -0.0, up to 128 eight interleaved accumulators
/// combined as a tree, above that the two halves split at a multiple of 8.
fn pairwise<F: num_traits::Float>(x: &[F]) -> F {
    let n = x.len();
    if n == 0 {
        return F::zero();
    }
    if n < 8 {
        return x.iter().fold(-F::zero(), |acc, &v| acc + v);
    }
    if n <= 128 {
        let mut r = [F::zero(); 8];
        r.copy_from_slice(&x[..8]);
        let full = n - n % 8;
        for (i, &v) in x[8..full].iter().enumerate() {
            r[i % 8] = r[i % 8] + v;
        }
        let mut res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for &v in &x[full..] {
            res = res + v;
        }
        return res;
    }
    let half = n / 2 - (n / 2) % 8;
    pairwise(&x[..half]) + pairwise(&x[half..])
}

/// One axis of the input: its length and stride in elements.
type Axis = (usize, isize);

/// The visiting order of a sum or product, as `reduce.rs` documents it ("pairwise along the innermost reduced
/// run in memory, one block after another along the other reduced axes"): every output element adds up a
/// sequence of blocks, each block a contiguous-in-memory run summed pairwise.
///
/// Derived from the strides: reduced axes of length 1 do not matter and are dropped; a reduced axis with a
/// negative stride is still walked in logical order (NumPy does not flip it); the reduced axes are visited from
/// the largest absolute stride to the smallest. The innermost one forms the block when its stride is smaller than every
/// kept axis's (of length > 1), i.e. when it is the innermost axis of the whole walk; outer reduced axes whose
/// stride continues that run (stride == block stride * block length) join the block. Without a block every
/// element is a block of its own, added one at a time.
struct SumOrder {
    /// Kept axes in logical order: the output is C-contiguous over them.
    kept: Vec<Axis>,
    /// Offset of output element 0's first visited element.
    base: isize,
    /// Relative offsets of each block's elements, blocks in visiting order. `None`: no block (every element
    /// is added on its own), the offsets being in `singles`.
    blocks: Option<Vec<Vec<isize>>>,
    singles: Vec<isize>,
}

/// All offsets `Σ i_k * s_k` of a set of axes, first axis outermost.
fn axis_offsets(axes: &[Axis]) -> Vec<isize> {
    let shape: Vec<usize> = axes.iter().map(|a| a.0).collect();
    indices(&shape)
        .map(|idx| idx.iter().zip(axes).map(|(&i, a)| i as isize * a.1).sum())
        .collect()
}

fn sum_order(shape: &[usize], strides: &[isize], offset: usize, axes: &[usize]) -> SumOrder {
    let base = offset as isize;
    let mut kept = Vec::new();
    let mut red: Vec<Axis> = Vec::new();
    for (ax, (&n, &s)) in shape.iter().zip(strides).enumerate() {
        if !axes.contains(&ax) {
            kept.push((n, s));
        } else if n != 1 {
            red.push((n, s));
        }
    }
    // Largest stride first; equal strides keep their logical order (only broadcast axes tie, and they repeat
    // one element, so their order cannot matter).
    red.sort_by_key(|a| std::cmp::Reverse(a.1.unsigned_abs()));
    let innermost_kept = kept
        .iter()
        .filter(|a| a.0 > 1)
        .map(|a| a.1.unsigned_abs())
        .min();
    let mut block_axes: Vec<Axis> = Vec::new();
    if let Some(&(n, s)) = red.last() {
        if innermost_kept.is_none_or(|k| s.unsigned_abs() < k) {
            red.pop();
            block_axes.push((n, s));
            let mut len = n;
            while let Some(&(n2, s2)) = red.last() {
                if s2 == s * len as isize {
                    red.pop();
                    block_axes.insert(0, (n2, s2));
                    len *= n2;
                } else {
                    break;
                }
            }
        }
    }
    let starts = axis_offsets(&red);
    if block_axes.is_empty() {
        return SumOrder {
            kept,
            base,
            blocks: None,
            singles: starts,
        };
    }
    let within = axis_offsets(&block_axes);
    let blocks = starts
        .iter()
        .map(|&b| within.iter().map(|&w| b + w).collect())
        .collect();
    SumOrder {
        kept,
        base,
        blocks: Some(blocks),
        singles: Vec::new(),
    }
}

/// The output element bases of a reduction: the kept axes walked in logical C order.
fn output_bases(kept: &[Axis], base: isize) -> Vec<isize> {
    axis_offsets(kept).into_iter().map(|o| base + o).collect()
}

/// Accumulators for sums and products in one element type.
trait Acc: Copy {
    fn zero() -> Self;
    fn one() -> Self;
    fn add(self, o: Self) -> Self;
    fn mul(self, o: Self) -> Self;
    /// A block's pairwise sum.
    fn block_sum(xs: &[Self]) -> Self;
}

macro_rules! float_acc {
    ($t:ty) => {
        impl Acc for $t {
            fn zero() -> Self {
                0.0
            }
            fn one() -> Self {
                1.0
            }
            fn add(self, o: Self) -> Self {
                self + o
            }
            fn mul(self, o: Self) -> Self {
                self * o
            }
            fn block_sum(xs: &[Self]) -> Self {
                pairwise(xs)
            }
        }
    };
}
float_acc!(f32);
float_acc!(f64);

impl Acc for C64 {
    fn zero() -> Self {
        C64::new(0.0, 0.0)
    }
    fn one() -> Self {
        C64::new(1.0, 0.0)
    }
    fn add(self, o: Self) -> Self {
        self + o
    }
    fn mul(self, o: Self) -> Self {
        self * o
    }
    /// Real and imaginary parts are each summed pairwise on their own.
    fn block_sum(xs: &[Self]) -> Self {
        let re: Vec<f64> = xs.iter().map(|z| z.re).collect();
        let im: Vec<f64> = xs.iter().map(|z| z.im).collect();
        C64::new(pairwise(&re), pairwise(&im))
    }
}

/// Sums or products of every output element, reading elements through `get(offset)` in `order`. A block's
/// product is its elements folded from one, then multiplied into the running product (the crate's
/// `fold_blocks` contract); its sum is pairwise.
fn fold_in_order<T: Acc>(
    order: &SumOrder,
    is_sum: bool,
    get: impl Fn(isize) -> TResult<T>,
) -> TResult<Vec<T>> {
    let init = if is_sum { T::zero() } else { T::one() };
    output_bases(&order.kept, order.base)
        .into_iter()
        .map(|b| {
            let mut acc = init;
            match &order.blocks {
                None => {
                    for &o in &order.singles {
                        let x = get(b + o)?;
                        acc = if is_sum { acc.add(x) } else { acc.mul(x) };
                    }
                }
                Some(blocks) => {
                    for block in blocks {
                        let xs = block
                            .iter()
                            .map(|&o| get(b + o))
                            .collect::<TResult<Vec<T>>>()?;
                        acc = if is_sum {
                            acc.add(T::block_sum(&xs))
                        } else {
                            acc.mul(xs.iter().fold(T::one(), |a, &x| a.mul(x)))
                        };
                    }
                }
            }
            Ok(acc)
        })
        .collect()
}

/// The accumulator dtype of a sum or product: bool and signed ints in int64, unsigned ones in uint64.
fn sum_dtype(d: DType) -> DType {
    match d.kind() {
        Kind::Int if d.is_unsigned() => DType::U64,
        Kind::Bool | Kind::Int => DType::I64,
        _ => d,
    }
}

fn sum_or_prod(t: &Tensor, axes: &[usize], is_sum: bool) -> TResult<(Vec<Scalar>, Vec<usize>)> {
    let d = t.dtype();
    // Half precision and complex64 are first copied by the fast path to a C-contiguous float32 / complex128
    // array, so their order is that of a C-contiguous array of the same shape (offsets then count elements of
    // the view in C order); everything else walks its own strides through storage.
    let copied = matches!(d, DType::F16 | DType::BF16 | DType::C64);
    let (order, logical) = if copied {
        let strides = super::contiguous_strides(&t.shape);
        (sum_order(&t.shape, &strides, 0, axes), elements(t)?)
    } else {
        (sum_order(&t.shape, &t.strides, t.offset, axes), Vec::new())
    };
    let out_shape: Vec<usize> = order.kept.iter().map(|a| a.0).collect();
    let buf = t.buf.borrow();
    let at = |o: isize| -> TResult<Scalar> {
        if copied {
            let i = usize::try_from(o).map_err(|_| internal("negative position"))?;
            logical
                .get(i)
                .copied()
                .ok_or_else(|| internal("position past the view"))
        } else {
            read(t.dtype, &buf, o)
        }
    };
    let vals: Vec<Scalar> = match d {
        DType::F64 => fold_in_order::<f64>(&order, is_sum, |o| match at(o)? {
            Scalar::F64(v) => Ok(v),
            _ => Err(internal("float64 sum of another dtype")),
        })?
        .into_iter()
        .map(Scalar::F64)
        .collect(),
        // float32, and half precision accumulated in float32 and rounded back once at the end.
        DType::F32 | DType::F16 | DType::BF16 => {
            fold_in_order::<f32>(&order, is_sum, |o| Ok(half_to_f32(at(o)?)))?
                .into_iter()
                .map(|v| match d {
                    DType::F32 => Scalar::F32(v),
                    _ => f32_to_half(d, v),
                })
                .collect()
        }
        // Complex sums and products run in complex128 and round back.
        DType::C64 | DType::C128 => {
            fold_in_order::<C64>(&order, is_sum, |o| Ok(complex_of(at(o)?)))?
                .into_iter()
                .map(|z| complex_scalar(d, z.re, z.im))
                .collect()
        }
        // Integers wrap, so any order gives the same bits: an exact sum or product modulo 2^64.
        _ => {
            let out = sum_dtype(d);
            let init: i128 = if is_sum { 0 } else { 1 };
            let mut visit: Vec<isize> = Vec::new();
            match &order.blocks {
                None => visit.extend(&order.singles),
                Some(blocks) => blocks.iter().for_each(|b| visit.extend(b)),
            }
            output_bases(&order.kept, order.base)
                .into_iter()
                .map(|b| {
                    let mut acc = init;
                    for &o in &visit {
                        let x = int_of(at(b + o)?);
                        acc = if is_sum {
                            acc.wrapping_add(x)
                        } else {
                            acc.wrapping_mul(x)
                        };
                    }
                    Ok(int_scalar(out, acc))
                })
                .collect::<TResult<Vec<Scalar>>>()?
        }
    };
    Ok((vals, out_shape))
}

/// Max/min/argmax/argmin/all/any: for each output element, the reduced elements in logical C order over the
/// reduced axes (NumPy's arg-reductions count positions that way).
fn logical_groups(t: &Tensor, axes: &[usize]) -> TResult<(Vec<Vec<Scalar>>, Vec<usize>)> {
    let kept_axes: Vec<usize> = (0..t.ndim()).filter(|a| !axes.contains(a)).collect();
    let out_shape: Vec<usize> = kept_axes.iter().map(|&a| t.shape[a]).collect();
    let red_shape: Vec<usize> = axes.iter().map(|&a| t.shape[a]).collect();
    let buf = t.buf.borrow();
    let mut groups = Vec::new();
    for out_idx in indices(&out_shape) {
        let mut g = Vec::new();
        for red_idx in indices(&red_shape) {
            let mut idx = vec![0usize; t.ndim()];
            for (k, &a) in kept_axes.iter().enumerate() {
                idx[a] = out_idx[k];
            }
            for (k, &a) in axes.iter().enumerate() {
                idx[a] = red_idx[k];
            }
            g.push(read(t.dtype, &buf, offset_at(t, &idx)?)?);
        }
        groups.push(g);
    }
    Ok((groups, out_shape))
}

/// The position and value of the max (or min) of a non-empty group: the first NaN wins outright, otherwise
/// only a strictly better element replaces the current one (ties keep the earliest).
fn extreme(g: &[Scalar], want_max: bool) -> TResult<(usize, Scalar)> {
    // NumPy's order: numbers by value, complex numbers by real part then imaginary part; NaN anywhere wins.
    let is_nan = |s: Scalar| match wide(s) {
        Wide::Float(f) => f.is_nan(),
        Wide::Complex(re, im) => re.is_nan() || im.is_nan(),
        _ => false,
    };
    let cmp = |x: Scalar, y: Scalar| -> Option<std::cmp::Ordering> {
        match (wide(x), wide(y)) {
            (Wide::Int(a), Wide::Int(b)) => a.partial_cmp(&b),
            (Wide::Bool(a), Wide::Bool(b)) => a.partial_cmp(&b),
            (Wide::Float(a), Wide::Float(b)) => a.partial_cmp(&b),
            (Wide::Complex(ar, ai), Wide::Complex(br, bi)) => match ar.partial_cmp(&br) {
                Some(std::cmp::Ordering::Equal) => ai.partial_cmp(&bi),
                o => o,
            },
            _ => None,
        }
    };
    let first = *g.first().ok_or_else(|| internal("empty group"))?;
    let (mut bi, mut best) = (0usize, first);
    for (i, &x) in g.iter().enumerate() {
        if is_nan(x) {
            return Ok((i, x));
        }
        if i == 0 {
            continue;
        }
        match cmp(x, best) {
            Some(std::cmp::Ordering::Greater) if want_max => (bi, best) = (i, x),
            Some(std::cmp::Ordering::Less) if !want_max => (bi, best) = (i, x),
            // `maximum(acc, x)` returns x for equal values (-0.0 after 0.0); the index stays the first.
            Some(std::cmp::Ordering::Equal) => best = x,
            _ => {}
        }
    }
    Ok((bi, best))
}

/// `reduce(op, t, axes, keepdims)` (axes sorted and unique), element by element.
pub fn reduce(op: ReduceOp, t: &Tensor, axes: &[usize], keepdims: bool) -> TResult<Tensor> {
    let d = t.dtype();
    let (vals, out_shape, out_dtype) = match op {
        ReduceOp::Sum | ReduceOp::Prod => {
            let (v, s) = sum_or_prod(t, axes, op == ReduceOp::Sum)?;
            (v, s, sum_dtype(d))
        }
        ReduceOp::All | ReduceOp::Any => {
            let (groups, s) = logical_groups(t, axes)?;
            let v = groups
                .iter()
                .map(|g| {
                    Scalar::Bool(if op == ReduceOp::All {
                        g.iter().all(|&x| truthy(x))
                    } else {
                        g.iter().any(|&x| truthy(x))
                    })
                })
                .collect();
            (v, s, DType::Bool)
        }
        ReduceOp::Max | ReduceOp::Min | ReduceOp::ArgMax | ReduceOp::ArgMin => {
            // No identity: reducing over nothing is an error, even when the output is empty too.
            if axes.iter().any(|&a| t.shape[a] == 0) {
                return Err(TensorError::Value(format!(
                    "reference: zero-size reduction {op:?} has no identity"
                )));
            }
            let want_max = matches!(op, ReduceOp::Max | ReduceOp::ArgMax);
            let (groups, s) = logical_groups(t, axes)?;
            let found = groups
                .iter()
                .map(|g| extreme(g, want_max))
                .collect::<TResult<Vec<_>>>()?;
            if matches!(op, ReduceOp::ArgMax | ReduceOp::ArgMin) {
                let v = found.iter().map(|f| Scalar::I64(f.0 as i64)).collect();
                (v, s, DType::I64)
            } else {
                (found.iter().map(|f| f.1).collect(), s, d)
            }
        }
    };
    let shape = if keepdims {
        (0..t.ndim())
            .map(|a| if axes.contains(&a) { 1 } else { t.shape[a] })
            .collect()
    } else {
        out_shape
    };
    build(out_dtype, &vals, shape)
}

// ------------------------------------------------------------------------------------------------ indexing

/// `t[mask]` for a bool mask of `t`'s shape: the elements where the mask is true, in C order.
pub fn mask_select(t: &Tensor, mask: &Tensor) -> TResult<Tensor> {
    if mask.shape != t.shape {
        return Err(internal("mask shape differs"));
    }
    let xs = elements(t)?;
    let ms = elements(mask)?;
    let vals: Vec<Scalar> = xs
        .into_iter()
        .zip(ms)
        .filter(|(_, m)| matches!(m, Scalar::Bool(true)))
        .map(|(x, _)| x)
        .collect();
    let n = vals.len();
    build(t.dtype(), &vals, vec![n])
}

/// The elements at storage offsets `offsets` of `base`'s buffer, as a contiguous tensor of `shape`.
pub fn gather(base: &Tensor, offsets: &[usize], shape: Vec<usize>) -> TResult<Tensor> {
    let buf = base.buf.borrow();
    let vals = offsets
        .iter()
        .map(|&o| read(base.dtype, &buf, o as isize))
        .collect::<TResult<Vec<Scalar>>>()?;
    build(base.dtype(), &vals, shape)
}

/// NumPy's npy_cpow, spelled out: 1 for a zero exponent; 0 or NaN for a zero base; for integral real exponents
/// below 100 in magnitude, binary powering by squaring from the lowest bit (1, 2 and 3 unrolled as a, a·a and
/// a·(a·a)), inverted by Smith's division for negative ones; else exp(b·log a).
fn reference_cpow(a: C64, b: C64) -> C64 {
    let times = |x: C64, y: C64| C64::new(x.re * y.re - x.im * y.im, x.re * y.im + x.im * y.re);
    if b == C64::new(0.0, 0.0) {
        return C64::new(1.0, 0.0);
    }
    if a == C64::new(0.0, 0.0) {
        if b.re > 0.0 {
            return C64::new(0.0, 0.0);
        }
        return C64::new(f64::NAN, f64::NAN);
    }
    let integral = b.im == 0.0 && b.re.fract() == 0.0 && b.re > -100.0 && b.re < 100.0;
    if !integral {
        return a.powc(b);
    }
    let n = b.re as i64;
    if n == 1 {
        return a;
    }
    if n == 2 {
        return times(a, a);
    }
    if n == 3 {
        return times(a, times(a, a));
    }
    let bits = n.unsigned_abs();
    let mut result = C64::new(1.0, 0.0);
    let mut square = a;
    for bit in 0..7 {
        if bits >> bit & 1 == 1 {
            result = times(result, square);
        }
        if bits >> (bit + 1) == 0 {
            break;
        }
        square = times(square, square);
    }
    if n > 0 {
        return result;
    }
    // Smith's algorithm for 1 / result.
    let one = C64::new(1.0, 0.0);
    let (br, bi) = (result.re, result.im);
    if br.abs() >= bi.abs() {
        if br == 0.0 && bi == 0.0 {
            return C64::new(one.re / br.abs(), one.im / br.abs());
        }
        let rat = bi / br;
        let scl = 1.0 / (br + bi * rat);
        C64::new((one.re + one.im * rat) * scl, (one.im - one.re * rat) * scl)
    } else {
        let rat = br / bi;
        let scl = 1.0 / (bi + br * rat);
        C64::new((one.re * rat + one.im) * scl, (one.im * rat - one.re) * scl)
    }
}
