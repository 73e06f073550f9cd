//! Division rounded toward zero and its remainder (C's `/` and `fmod`), which PyTorch exposes as
//! `div(rounding_mode='trunc')` and `fmod`; NumPy's floor-rounded pair lives in `ops`.

use super::dtype::DType;
use super::element::IntElement;
use super::error::TensorError;
use super::kernel::map2;
use super::{TResult, Tensor};

/// Which result of a truncating division.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Truncated {
    /// `trunc(a / b)`.
    Quotient,
    /// `a - trunc(a / b) * b`, with the sign of `a` (C's `fmod`).
    Remainder,
}

fn int_loop<T: IntElement>(which: Truncated, a: &Tensor, b: &Tensor) -> TResult<Tensor> {
    let zero = T::zero();
    // A zero divisor gives 0 (callers that must refuse it check first); `MIN / -1` wraps as C's loops do.
    let minus_one = |y: T| T::SIGNED && y == zero.wrapping_sub(&T::one());
    match which {
        Truncated::Quotient => map2::<T, T>(a, b, |x, y| {
            if y == zero {
                zero
            } else if minus_one(y) {
                x.wrapping_neg()
            } else {
                x / y
            }
        }),
        Truncated::Remainder => map2::<T, T>(a, b, |x, y| {
            if y == zero || minus_one(y) {
                zero
            } else {
                x % y
            }
        }),
    }
}

fn float_loop<F: num_traits::Float + super::element::IntoBuffer>(
    which: Truncated,
    a: &Tensor,
    b: &Tensor,
) -> TResult<Tensor> {
    match which {
        Truncated::Quotient => map2::<F, F>(a, b, |x, y| (x / y).trunc()),
        // Rust's `%` on floats is C's fmod (exact).
        Truncated::Remainder => map2::<F, F>(a, b, |x, y| x % y),
    }
}

/// `trunc(a / b)` or `fmod(a, b)` elementwise (broadcasting), computed in `dtype`; half precisions are computed in
/// float32 and rounded back.
pub fn truncated(which: Truncated, a: &Tensor, b: &Tensor, dtype: DType) -> TResult<Tensor> {
    let (a, b) = (a.cast(dtype), b.cast(dtype));
    match dtype {
        DType::F64 => float_loop::<f64>(which, &a, &b),
        DType::F32 => float_loop::<f32>(which, &a, &b),
        DType::F16 | DType::BF16 => Ok(truncated(which, &a, &b, DType::F32)?.astype(dtype)),
        DType::I8 => int_loop::<i8>(which, &a, &b),
        DType::I16 => int_loop::<i16>(which, &a, &b),
        DType::I32 => int_loop::<i32>(which, &a, &b),
        DType::I64 => int_loop::<i64>(which, &a, &b),
        DType::U8 => int_loop::<u8>(which, &a, &b),
        DType::U16 => int_loop::<u16>(which, &a, &b),
        DType::U32 => int_loop::<u32>(which, &a, &b),
        DType::U64 => int_loop::<u64>(which, &a, &b),
        DType::Bool => Ok(truncated(which, &a, &b, DType::I8)?.astype(DType::Bool)),
        other => Err(TensorError::Unsupported(format!(
            "truncating division of {} values",
            other.name()
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signs_follow_the_dividend() {
        let a = Tensor::from_vec(vec![7i64, -7, 7, -7], vec![4]);
        let b = Tensor::from_vec(vec![2i64, 2, -2, 0], vec![4]);
        let q = truncated(Truncated::Quotient, &a, &b, DType::I64).unwrap();
        let r = truncated(Truncated::Remainder, &a, &b, DType::I64).unwrap();
        assert_eq!(q.to_vec::<i64>(), vec![3, -3, -3, 0]);
        assert_eq!(r.to_vec::<i64>(), vec![1, -1, 1, 0]);
        let x = Tensor::from_vec(vec![-7.5f64, 7.5], vec![2]);
        let y = Tensor::from_vec(vec![2.0f64, -2.0], vec![2]);
        let q = truncated(Truncated::Quotient, &x, &y, DType::F64).unwrap();
        let r = truncated(Truncated::Remainder, &x, &y, DType::F64).unwrap();
        assert_eq!(q.to_vec::<f64>(), vec![-3.0, -3.0]);
        assert_eq!(r.to_vec::<f64>(), vec![-1.5, 1.5]);
    }
}
