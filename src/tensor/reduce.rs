//! Reductions along axes, keeping NumPy's summation order (pairwise along the contiguous inner axis,
//! row after row along outer axes) so that printed digits match.

use super::dtype::{DType, Kind};
use super::element::{IntoBuffer, C64};
use super::error::TensorError;
use super::{TResult, Tensor};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReduceOp {
    Sum,
    Prod,
    Max,
    Min,
    ArgMax,
    ArgMin,
    All,
    Any,
}

/// NumPy's pairwise summation (`pairwise_sum` in loops_utils.h), in the elements' own precision: blocks of 8
/// accumulators below 128 elements, otherwise split in half at a multiple of 8.
pub fn pairwise_sum<F: num_traits::Float>(x: &[F]) -> F {
    let n = x.len();
    if n == 0 {
        // The reduction's identity; non-empty short rows start from -0.0 as NumPy's loop does.
        return F::zero();
    }
    if n < 8 {
        let mut res = -F::zero();
        for v in x {
            res = res + *v;
        }
        return res;
    }
    if n <= 128 {
        let mut r = [F::zero(); 8];
        r.copy_from_slice(&x[..8]);
        let mut i = 8;
        while i + 8 <= n {
            for k in 0..8 {
                r[k] = r[k] + x[i + k];
            }
            i += 8;
        }
        let mut res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        while i < n {
            res = res + x[i];
            i += 1;
        }
        return res;
    }
    let mut n2 = n / 2;
    n2 -= n2 % 8;
    pairwise_sum(&x[..n2]) + pairwise_sum(&x[n2..])
}

/// The accumulator dtype NumPy uses: small ints and bool sum in int64 (the platform long).
pub fn reduce_dtype(op: ReduceOp, d: DType) -> DType {
    match op {
        ReduceOp::Sum | ReduceOp::Prod => match d.kind() {
            Kind::Bool | Kind::Int => {
                if d == DType::U8 {
                    DType::I64
                } else {
                    DType::I64
                }
            }
            _ => d,
        },
        ReduceOp::ArgMax | ReduceOp::ArgMin => DType::I64,
        ReduceOp::All | ReduceOp::Any => DType::Bool,
        ReduceOp::Max | ReduceOp::Min => d,
    }
}

/// Reduce over `axes` (sorted, unique). Moves them last, then reduces each contiguous row.
pub fn reduce(op: ReduceOp, t: &Tensor, axes: &[usize], keepdims: bool) -> TResult<Tensor> {
    let nd = t.ndim();
    let keep: Vec<usize> = (0..nd).filter(|a| !axes.contains(a)).collect();
    let mut perm = keep.clone();
    perm.extend_from_slice(axes);
    let moved = t.permute(&perm);
    let outer_shape: Vec<usize> = keep.iter().map(|&a| t.shape[a]).collect();
    let inner: usize = axes.iter().map(|&a| t.shape[a]).product();
    let outer: usize = outer_shape.iter().product();
    if inner == 0
        && matches!(
            op,
            ReduceOp::Max | ReduceOp::Min | ReduceOp::ArgMax | ReduceOp::ArgMin
        )
    {
        let name = match op {
            ReduceOp::Max => "maximum",
            ReduceOp::Min => "minimum",
            ReduceOp::ArgMax => "argmax",
            _ => "argmin",
        };
        return Err(TensorError::Value(
            if matches!(op, ReduceOp::ArgMax | ReduceOp::ArgMin) {
                format!("attempt to get {name} of an empty sequence")
            } else {
                format!("zero-size array to reduction operation {name} which has no identity")
            },
        ));
    }
    // Whether the reduced axis is the innermost contiguous one (then NumPy sums each row pairwise);
    // otherwise it adds the rows one after another.
    let inner_contiguous = axes.len() == 1 && axes[0] == nd - 1 || axes.len() == nd;
    let out_dtype = reduce_dtype(op, t.dtype());
    let data = moved.contiguous();
    let result = match (op, t.dtype().kind()) {
        (ReduceOp::Sum, Kind::Float) if t.dtype() == DType::F32 => {
            let v = data.to_vec::<f32>();
            let rows = sum_rows(
                &v,
                outer,
                inner,
                inner_contiguous,
                &t.shape,
                axes,
                |r| pairwise_sum(r),
                0.0f32,
            );
            Tensor::from_vec(rows, outer_shape.clone())
        }
        (ReduceOp::Sum, Kind::Float) => {
            let v = data.to_vec::<f64>();
            let rows = sum_rows(
                &v,
                outer,
                inner,
                inner_contiguous,
                &t.shape,
                axes,
                pairwise_sum,
                0.0f64,
            );
            Tensor::from_vec(rows, outer_shape.clone()).astype(out_dtype)
        }
        (ReduceOp::Sum, Kind::Complex) => {
            let v = data.to_vec::<C64>();
            let mut out = Vec::with_capacity(outer);
            for r in 0..outer {
                let row = &v[r * inner..(r + 1) * inner];
                let re: Vec<f64> = row.iter().map(|z| z.re).collect();
                let im: Vec<f64> = row.iter().map(|z| z.im).collect();
                out.push(C64::new(pairwise_sum(&re), pairwise_sum(&im)));
            }
            Tensor::from_vec(out, outer_shape.clone()).astype(out_dtype)
        }
        (ReduceOp::Sum, _) => {
            let v = data.to_vec::<i64>();
            let out: Vec<i64> = (0..outer)
                .map(|r| {
                    v[r * inner..(r + 1) * inner]
                        .iter()
                        .fold(0i64, |a, b| a.wrapping_add(*b))
                })
                .collect();
            Tensor::from_vec(out, outer_shape.clone())
        }
        (ReduceOp::Prod, Kind::Bool | Kind::Int) => {
            let v = data.to_vec::<i64>();
            let out: Vec<i64> = (0..outer)
                .map(|r| {
                    v[r * inner..(r + 1) * inner]
                        .iter()
                        .fold(1i64, |a, b| a.wrapping_mul(*b))
                })
                .collect();
            Tensor::from_vec(out, outer_shape.clone())
        }
        (ReduceOp::Prod, Kind::Complex) => {
            let v = data.to_vec::<C64>();
            let out: Vec<C64> = (0..outer)
                .map(|r| {
                    v[r * inner..(r + 1) * inner]
                        .iter()
                        .fold(C64::new(1.0, 0.0), |a, b| a * b)
                })
                .collect();
            Tensor::from_vec(out, outer_shape.clone()).astype(out_dtype)
        }
        (ReduceOp::Prod, _) => {
            let v = data.to_vec::<f64>();
            let out: Vec<f64> = (0..outer)
                .map(|r| v[r * inner..(r + 1) * inner].iter().product())
                .collect();
            Tensor::from_vec(out, outer_shape.clone()).astype(out_dtype)
        }
        (ReduceOp::All | ReduceOp::Any, _) => {
            let v = data.to_vec::<bool>();
            let out: Vec<bool> = (0..outer)
                .map(|r| {
                    let row = &v[r * inner..(r + 1) * inner];
                    if op == ReduceOp::All {
                        row.iter().all(|x| *x)
                    } else {
                        row.iter().any(|x| *x)
                    }
                })
                .collect();
            Tensor::from_vec(out, outer_shape.clone())
        }
        (ReduceOp::Max | ReduceOp::Min | ReduceOp::ArgMax | ReduceOp::ArgMin, Kind::Complex) => {
            return Err(TensorError::Unsupported("max/min of complex arrays".into()));
        }
        (ReduceOp::Max | ReduceOp::Min | ReduceOp::ArgMax | ReduceOp::ArgMin, kind) => {
            let want_max = matches!(op, ReduceOp::Max | ReduceOp::ArgMax);
            let mut idx = Vec::with_capacity(outer);
            if kind == Kind::Float {
                let v = data.to_vec::<f64>();
                for r in 0..outer {
                    idx.push(arg_extreme(&v[r * inner..(r + 1) * inner], want_max, |x| {
                        x.is_nan()
                    }));
                }
            } else {
                let v = data.to_vec::<i64>();
                for r in 0..outer {
                    idx.push(arg_extreme(
                        &v[r * inner..(r + 1) * inner],
                        want_max,
                        |_| false,
                    ));
                }
            }
            if matches!(op, ReduceOp::ArgMax | ReduceOp::ArgMin) {
                let out: Vec<i64> = idx.iter().map(|i| *i as i64).collect();
                Tensor::from_vec(out, outer_shape.clone())
            } else {
                let dtype = t.dtype();
                crate::with_dtype!(dtype, T => {
                    let v = data.to_vec::<T>();
                    let out: Vec<T> = idx.iter().enumerate().map(|(r, i)| v[r * inner + i]).collect();
                    Tensor::from_vec(out, outer_shape.clone())
                })
            }
        }
    };
    if keepdims {
        let shape: Vec<usize> = (0..nd)
            .map(|a| if axes.contains(&a) { 1 } else { t.shape[a] })
            .collect();
        let spec: Vec<isize> = shape.iter().map(|d| *d as isize).collect();
        return result.reshape(&spec);
    }
    Ok(result)
}

/// Index of the max/min of a row; NaN wins (the first NaN), as NumPy's argmax does.
fn arg_extreme<T: PartialOrd + Copy>(
    row: &[T],
    want_max: bool,
    is_nan: impl Fn(T) -> bool,
) -> usize {
    let mut best = 0;
    for (i, &x) in row.iter().enumerate() {
        if is_nan(x) {
            return i;
        }
        let better = if want_max {
            x > row[best]
        } else {
            x < row[best]
        };
        if better {
            best = i;
        }
    }
    best
}

/// Sum each of `outer` rows of `inner` elements: pairwise when the reduced axis is the inner one,
/// else element by element in the order NumPy's outer-axis loop adds them.
#[allow(clippy::too_many_arguments)]
fn sum_rows<T: Copy + std::ops::Add<Output = T> + IntoBuffer>(
    v: &[T],
    outer: usize,
    inner: usize,
    inner_contiguous: bool,
    _shape: &[usize],
    _axes: &[usize],
    pairwise: impl Fn(&[T]) -> T,
    zero: T,
) -> Vec<T> {
    (0..outer)
        .map(|r| {
            let row = &v[r * inner..(r + 1) * inner];
            if inner_contiguous {
                pairwise(row)
            } else {
                row.iter().fold(zero, |a, b| a + *b)
            }
        })
        .collect()
}
