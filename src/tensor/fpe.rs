//! Floating-point exceptions found in software: which of IEEE 754's divide-by-zero, overflow, underflow and
//! invalid conditions an elementwise kernel raised, as NumPy reads them from the FPU's status flags.
//!
//! A checked kernel scans each block of its results while the block is still in cache for anything non-finite
//! (or, when underflow is watched, tiny); only the rare blocks that have one are classified element by element
//! against their operands. The hardware flags are not read: rayon runs kernels on worker threads with their own
//! flag registers, and LLVM may vectorize, reorder or constant-fold float operations in ways that change which
//! flags get raised, so the flags would not reliably describe the program's arithmetic.

use num_complex::Complex;
use num_traits::Float;
use std::cell::Cell;
use std::ops::{BitAnd, BitOr, BitOrAssign};

/// A set of floating-point conditions, with NumPy's bit values (`divide + 2*over + 4*under + 8*invalid`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FpFlags(u8);

impl FpFlags {
    pub const NONE: FpFlags = FpFlags(0);
    pub const DIVIDE: FpFlags = FpFlags(1);
    pub const OVERFLOW: FpFlags = FpFlags(2);
    pub const UNDERFLOW: FpFlags = FpFlags(4);
    pub const INVALID: FpFlags = FpFlags(8);

    pub const fn bits(self) -> u8 {
        self.0
    }
    pub const fn from_bits(bits: u8) -> FpFlags {
        FpFlags(bits & 15)
    }
    pub const fn union(self, other: FpFlags) -> FpFlags {
        FpFlags(self.0 | other.0)
    }
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }
    pub const fn contains(self, other: FpFlags) -> bool {
        self.0 & other.0 == other.0
    }
    pub const fn intersects(self, other: FpFlags) -> bool {
        self.0 & other.0 != 0
    }
}

impl BitOr for FpFlags {
    type Output = FpFlags;
    fn bitor(self, o: FpFlags) -> FpFlags {
        FpFlags(self.0 | o.0)
    }
}

impl BitOrAssign for FpFlags {
    fn bitor_assign(&mut self, o: FpFlags) {
        self.0 |= o.0;
    }
}

impl BitAnd for FpFlags {
    type Output = FpFlags;
    fn bitand(self, o: FpFlags) -> FpFlags {
        FpFlags(self.0 & o.0)
    }
}

thread_local! {
    /// The conditions kernels on this thread look for: none outside `checked`, so internal uses of the kernels
    /// (reductions' helpers, casts) pay nothing.
    static WATCH: Cell<FpFlags> = const { Cell::new(FpFlags::NONE) };
    /// The conditions raised since `checked` began: the software counterpart of the FPU's sticky status.
    static RAISED: Cell<FpFlags> = const { Cell::new(FpFlags::NONE) };
}

/// The conditions the running `checked` call watches. Kernels read this on the calling thread, before handing
/// work to rayon.
pub fn watched() -> FpFlags {
    WATCH.with(|w| w.get())
}

/// Record conditions a kernel found; those not watched are dropped.
pub fn raise(flags: FpFlags) {
    if !flags.is_empty() {
        let keep = flags & watched();
        RAISED.with(|r| r.set(r.get() | keep));
    }
}

/// Run `f` with kernels looking for the `watch` conditions; returns its result and the conditions it raised.
/// The previous watch and status come back afterwards (also when `f` unwinds), so calls nest.
pub fn checked<R>(watch: FpFlags, f: impl FnOnce() -> R) -> (R, FpFlags) {
    struct Restore(FpFlags, FpFlags);
    impl Drop for Restore {
        fn drop(&mut self) {
            WATCH.with(|w| w.set(self.0));
            RAISED.with(|r| r.set(self.1));
        }
    }
    let _restore = Restore(
        WATCH.with(|w| w.replace(watch)),
        RAISED.with(|r| r.replace(FpFlags::NONE)),
    );
    let out = f();
    (out, RAISED.with(|r| r.get()))
}

/// When an op's infinite result from finite operands is a division by zero rather than an overflow.
#[derive(Clone, Copy, Debug)]
pub enum Pole {
    /// Never: an infinite result overflowed (add, multiply, exp, ...).
    Never,
    /// When the divisor `y` is zero (divide, floor_divide).
    DivisorZero,
    /// When the operand `x` is zero (reciprocal; a tiny nonzero `x` overflows).
    ArgZero,
    /// When a zero base meets a negative exponent (power).
    PowerOfZero,
    /// Always: the function has poles and cannot overflow (log, log1p, arctanh).
    Always,
}

/// Whether a result below the smallest normal magnitude lost precision (IEEE's underflow is "tiny and inexact").
#[derive(Clone, Copy, Debug)]
pub enum Tiny {
    /// Tiny results are exact (sums and differences of floats, square roots, remainders).
    Exact,
    /// `x * y`: exact when the operands' lowest set bits still fit the subnormal grid.
    Product,
    /// `x / y`: exact when `r * y == x` holds exactly.
    Quotient,
    /// `x * x`.
    Square,
    /// `1 / x`.
    Reciprocal,
    /// `2 ** x`: exact for integral `x`.
    Exp2,
    /// `x ** y`: exact for a power-of-two base and an integral exponent.
    Power,
    /// Every tiny result from a nonzero operand (transcendental functions: exp, sin, arctan2, ...).
    Inexact,
}

/// How one op's exceptional results are told apart: all an op needs to say for its kernel to be checked.
#[derive(Clone, Copy, Debug)]
pub struct Fault {
    pub pole: Pole,
    pub tiny: Tiny,
    /// Whether operands that are not NaN can give NaN (inf - inf, 0 * inf, sqrt(-1), sin(inf)).
    pub invalid: bool,
}

impl Fault {
    pub const fn new(pole: Pole, tiny: Tiny) -> Fault {
        Fault {
            pole,
            tiny,
            invalid: true,
        }
    }

    /// The same fault for an op whose real loop never makes NaN from numbers (exp(inf) is inf, exp(-inf) 0).
    pub const fn never_invalid(self) -> Fault {
        Fault {
            invalid: false,
            ..self
        }
    }

    /// The conditions the op's real loop can raise at all: once a kernel has found all of those that are
    /// watched, it need not look at the rest of its results.
    pub const fn can_raise(self) -> FpFlags {
        let mut flags = FpFlags::NONE;
        if !matches!(self.pole, Pole::Never) {
            flags = flags.union(FpFlags::DIVIDE);
        }
        if !matches!(self.pole, Pole::Always) {
            flags = flags.union(FpFlags::OVERFLOW);
        }
        if !matches!(self.tiny, Tiny::Exact) {
            flags = flags.union(FpFlags::UNDERFLOW);
        }
        if self.invalid {
            flags = flags.union(FpFlags::INVALID);
        }
        flags
    }
}

/// The element types of checked kernels: a cheap test for a block of results, and the classification of one.
pub trait FpElement: Copy + Send + Sync + 'static {
    /// The second operand of a one-operand op (zero: finite and not NaN, so it never changes the verdict).
    const ZERO: Self;
    /// Whether the block may hold anything to classify: a non-finite value or, with `tiny`, one below the
    /// smallest normal magnitude (zeros included). No early exit, so the loop vectorizes; a false alarm only
    /// costs the classification.
    fn suspicious(block: &[Self], tiny: bool) -> bool;
    /// The conditions that computing `r` from `x` and `y` raised.
    fn classify(fault: Fault, x: Self, y: Self, r: Self) -> FpFlags;
    /// The conditions an op with `fault` can raise on this type.
    fn can_raise(fault: Fault) -> FpFlags;
}

/// Whether any value is NaN or infinite: then their sum is too (inf - inf and NaN give NaN). Eight independent
/// sums let LLVM vectorize the loop without reassociating float additions: one add per element, in the block
/// just written. Finite values whose sum overflows make a false alarm, which only sends the block to the
/// element-by-element classification.
fn any_nonfinite<F: Float>(block: &[F]) -> bool {
    let mut acc = [F::zero(); 8];
    let mut chunks = block.chunks_exact(8);
    for c in &mut chunks {
        for (a, &v) in acc.iter_mut().zip(c) {
            *a = *a + v;
        }
    }
    let rest = chunks.remainder().iter().fold(F::zero(), |a, &v| a + v);
    !acc.iter().fold(rest, |a, &v| a + v).is_finite()
}

fn any_tiny<F: Float>(block: &[F]) -> bool {
    let min = F::min_positive_value();
    block.iter().fold(false, |a, &v| a | (v.abs() < min))
}

/// `v` as an odd integer times a power of two (`(0, 0)` for zero).
fn odd_parts<F: Float>(v: F) -> (u64, i32) {
    let (m, e, _) = v.integer_decode();
    if m == 0 {
        return (0, 0);
    }
    let tz = m.trailing_zeros();
    (m >> tz, i32::from(e) + tz as i32)
}

/// The exponent of the smallest subnormal: -1074 for float64, -149 for float32.
fn subnormal_exponent<F: Float>() -> i32 {
    odd_parts(F::min_positive_value() * F::epsilon()).1
}

/// Whether the tiny result `r` of `x * y` is exact. A product below the smallest normal is representable exactly
/// when it is a multiple of the smallest subnormal, i.e. when the lowest set bits of the operands multiply to a
/// power of two at or above it (it then has fewer bits than the significand holds).
fn product_exact<F: Float>(x: F, y: F, r: F) -> bool {
    if x.is_zero() || y.is_zero() {
        return true;
    }
    if r.is_zero() {
        return false;
    }
    odd_parts(x).1 + odd_parts(y).1 >= subnormal_exponent::<F>()
}

/// Whether the tiny result `r` of `x / y` is exact: `r * y == x` in exact arithmetic. Odd times odd is odd, so
/// the odd parts and the exponents must match separately.
fn quotient_exact<F: Float>(x: F, y: F, r: F) -> bool {
    if x.is_zero() {
        return true;
    }
    if r.is_zero() {
        return false;
    }
    let ((mx, ex), (my, ey), (mr, er)) = (odd_parts(x), odd_parts(y), odd_parts(r));
    u128::from(mr) * u128::from(my) == u128::from(mx) && er + ey == ex
}

fn classify_real<F: Float>(fault: Fault, x: F, y: F, r: F) -> FpFlags {
    // A NaN made from numbers is an invalid operation (0/0, inf - inf, sqrt(-1), sin(inf)); NaN operands just
    // propagate.
    if r.is_nan() {
        return if x.is_nan() || y.is_nan() {
            FpFlags::NONE
        } else {
            FpFlags::INVALID
        };
    }
    if !(x.is_finite() && y.is_finite()) {
        return FpFlags::NONE;
    }
    if r.is_infinite() {
        let pole = match fault.pole {
            Pole::Never => false,
            Pole::DivisorZero => y.is_zero(),
            Pole::ArgZero => x.is_zero(),
            Pole::PowerOfZero => x.is_zero() && y < F::zero(),
            Pole::Always => true,
        };
        return if pole {
            FpFlags::DIVIDE
        } else {
            FpFlags::OVERFLOW
        };
    }
    if r.abs() >= F::min_positive_value() {
        return FpFlags::NONE;
    }
    let one = F::one();
    let exact = match fault.tiny {
        Tiny::Exact => true,
        Tiny::Product => product_exact(x, y, r),
        Tiny::Quotient => quotient_exact(x, y, r),
        Tiny::Square => product_exact(x, x, r),
        Tiny::Reciprocal => quotient_exact(one, x, r),
        Tiny::Exp2 => !r.is_zero() && x.fract().is_zero(),
        Tiny::Power => !r.is_zero() && odd_parts(x).0 == 1 && y.fract().is_zero(),
        Tiny::Inexact => x.is_zero(),
    };
    if exact {
        FpFlags::NONE
    } else {
        FpFlags::UNDERFLOW
    }
}

/// Complex results by the same rules, part by part (a NaN part from operands without one is invalid; an
/// infinite part from finite operands overflowed or divided by zero). Underflow is not looked for in complex
/// results.
fn classify_complex<F: Float>(
    fault: Fault,
    x: Complex<F>,
    y: Complex<F>,
    r: Complex<F>,
) -> FpFlags {
    let nan = |z: Complex<F>| z.re.is_nan() || z.im.is_nan();
    let finite = |z: Complex<F>| z.re.is_finite() && z.im.is_finite();
    let zero = |z: Complex<F>| z.re.is_zero() && z.im.is_zero();
    let mut flags = FpFlags::NONE;
    if nan(r) && !nan(x) && !nan(y) {
        flags |= FpFlags::INVALID;
    }
    if (r.re.is_infinite() || r.im.is_infinite()) && finite(x) && finite(y) {
        let pole = match fault.pole {
            Pole::Never => false,
            Pole::DivisorZero => zero(y),
            Pole::ArgZero => zero(x),
            Pole::PowerOfZero => zero(x) && y.re < F::zero(),
            Pole::Always => true,
        };
        flags |= if pole {
            FpFlags::DIVIDE
        } else {
            FpFlags::OVERFLOW
        };
    }
    flags
}

macro_rules! fp_real {
    ($($t:ty),*) => {$(
        impl FpElement for $t {
            const ZERO: Self = 0.0;
            fn suspicious(block: &[Self], tiny: bool) -> bool {
                any_nonfinite(block) || (tiny && any_tiny(block))
            }
            fn classify(fault: Fault, x: Self, y: Self, r: Self) -> FpFlags {
                classify_real(fault, x, y, r)
            }
            fn can_raise(fault: Fault) -> FpFlags {
                fault.can_raise()
            }
        }
    )*};
}
fp_real!(f32, f64);

macro_rules! fp_complex {
    ($($t:ty),*) => {$(
        impl FpElement for Complex<$t> {
            const ZERO: Self = Complex::new(0.0, 0.0);
            fn suspicious(block: &[Self], _tiny: bool) -> bool {
                !block.iter().fold(0.0, |a, z| a + z.re + z.im).is_finite()
            }
            fn classify(fault: Fault, x: Self, y: Self, r: Self) -> FpFlags {
                classify_complex(fault, x, y, r)
            }
            // Complex functions mix their parts (exp(inf + inf j) has a NaN part; a complex product can
            // overflow under any pole), so everything is possible.
            fn can_raise(_fault: Fault) -> FpFlags {
                FpFlags::DIVIDE | FpFlags::OVERFLOW | FpFlags::INVALID
            }
        }
    )*};
}
fp_complex!(f32, f64);

/// The conditions of narrowing `src` (exact values) into `dst` (the same values rounded to a smaller float type),
/// as NumPy's float16 loops raise them when they round their float32 results back: a finite value that became
/// infinite overflowed; a nonzero one that became tiny or zero and changed underflowed.
pub fn narrowing(
    src: impl Iterator<Item = f64>,
    dst: impl Iterator<Item = f64>,
    min_normal: f64,
) -> FpFlags {
    let mut flags = FpFlags::NONE;
    for (s, d) in src.zip(dst) {
        if d.is_infinite() && s.is_finite() {
            flags |= FpFlags::OVERFLOW;
        } else if d.abs() < min_normal && s != d && s != 0.0 {
            flags |= FpFlags::UNDERFLOW;
        }
    }
    flags
}

#[cfg(test)]
mod tests {
    use super::*;

    const MUL: Fault = Fault::new(Pole::Never, Tiny::Product);
    const DIV: Fault = Fault::new(Pole::DivisorZero, Tiny::Quotient);

    #[test]
    fn scan_finds_every_position() {
        for n in [1usize, 7, 8, 9, 31, 100] {
            for i in 0..n {
                for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
                    let mut v = vec![1.5f64; n];
                    v[i] = bad;
                    assert!(f64::suspicious(&v, false), "n={n} i={i}");
                }
            }
            assert!(!f64::suspicious(&vec![-1e300; n], false));
            assert!(f64::suspicious(&vec![0.0f64; n], true));
        }
        assert!(!f32::suspicious(&[], true));
        // Finite values whose sum overflows are a false alarm, which classification then clears.
        assert!(f64::suspicious(&[f64::MAX, f64::MAX], false));
        let add = Fault::new(Pole::Never, Tiny::Exact);
        assert_eq!(
            <f64 as FpElement>::classify(add, f64::MAX, 0.0, f64::MAX),
            FpFlags::NONE
        );
    }

    #[test]
    fn classification() {
        let c = |f, x: f64, y: f64, r: f64| <f64 as FpElement>::classify(f, x, y, r);
        assert_eq!(c(DIV, 1.0, 0.0, 1.0 / 0.0), FpFlags::DIVIDE);
        assert_eq!(c(DIV, 0.0, 0.0, f64::NAN), FpFlags::INVALID);
        assert_eq!(c(DIV, f64::NAN, 0.0, f64::NAN), FpFlags::NONE);
        assert_eq!(c(DIV, 1e308, 1e-10, f64::INFINITY), FpFlags::OVERFLOW);
        assert_eq!(c(DIV, f64::INFINITY, 1.0, f64::INFINITY), FpFlags::NONE);
        assert_eq!(c(MUL, 1e308, 10.0, f64::INFINITY), FpFlags::OVERFLOW);
        assert_eq!(c(MUL, f64::INFINITY, 0.0, f64::NAN), FpFlags::INVALID);
    }

    #[test]
    fn underflow_needs_inexact() {
        let c = |f, x: f64, y: f64| {
            let r = if matches!(
                f,
                Fault {
                    tiny: Tiny::Product,
                    ..
                }
            ) {
                x * y
            } else {
                x / y
            };
            <f64 as FpElement>::classify(f, x, y, r)
        };
        let t = 2f64.powi(-1070);
        assert_eq!(c(MUL, t, 0.5), FpFlags::NONE);
        assert_eq!(c(MUL, t, 0.3), FpFlags::UNDERFLOW);
        assert_eq!(c(MUL, 1e-300, 1e-300), FpFlags::UNDERFLOW);
        assert_eq!(c(MUL, 1e-310, 1.0), FpFlags::NONE);
        assert_eq!(c(MUL, 0.0, 1e-300), FpFlags::NONE);
        assert_eq!(c(DIV, t, 2.0), FpFlags::NONE);
        assert_eq!(c(DIV, 3.0 * 2f64.powi(-1074), 3.0), FpFlags::NONE);
        assert_eq!(c(DIV, 1e-300, 1e10), FpFlags::UNDERFLOW);
        assert_eq!(c(DIV, 1e-300, 1e300), FpFlags::UNDERFLOW);
        let f32_tiny = <f32 as FpElement>::classify(MUL, 1e-30, 1e-20, 1e-30f32 * 1e-20);
        assert_eq!(f32_tiny, FpFlags::UNDERFLOW);
    }

    #[test]
    fn checked_nests_and_restores() {
        let (_, outer) = checked(FpFlags::DIVIDE | FpFlags::INVALID, || {
            raise(FpFlags::DIVIDE | FpFlags::OVERFLOW);
            let (_, inner) = checked(FpFlags::OVERFLOW, || raise(FpFlags::OVERFLOW));
            assert_eq!(inner, FpFlags::OVERFLOW);
            assert_eq!(watched(), FpFlags::DIVIDE | FpFlags::INVALID);
        });
        assert_eq!(outer, FpFlags::DIVIDE);
        assert_eq!(watched(), FpFlags::NONE);
    }
}
