//! The matrix product `a @ b` on tensors of one dtype: vectors on either side, matrices, and broadcast stacks.

use super::dtype::{DType, Kind};
use super::element::Element;
use super::{broadcast_shapes, Tensor};

/// Why two operands have no matrix product; each library words it as its peer does.
#[derive(Debug, Clone, PartialEq)]
pub enum MatmulError {
    /// Operand 0 or 1 is 0-d.
    ZeroDim(usize),
    /// The contracted dimensions differ (`k` of the left, `k2` of the right).
    Core { k: usize, k2: usize },
    /// The batch dimensions do not broadcast (the product would be `n` x `m` per matrix).
    Batch { n: usize, m: usize },
}

/// `x @ y` in dtype `d` (both operands are cast to it): 1-D operands become a row (left) or a column (right)
/// and that axis is dropped from the result; leading axes broadcast.
pub fn matmul(x: &Tensor, y: &Tensor, d: DType) -> Result<Tensor, MatmulError> {
    if x.ndim() == 0 || y.ndim() == 0 {
        return Err(MatmulError::ZeroDim(if x.ndim() == 0 { 0 } else { 1 }));
    }
    let xm = if x.ndim() == 1 {
        x.unsqueeze(0)
    } else {
        x.clone()
    };
    let ym = if y.ndim() == 1 {
        y.unsqueeze(1)
    } else {
        y.clone()
    };
    let (n, k) = (xm.shape[xm.ndim() - 2], xm.shape[xm.ndim() - 1]);
    let (k2, m) = (ym.shape[ym.ndim() - 2], ym.shape[ym.ndim() - 1]);
    if k != k2 {
        return Err(MatmulError::Core { k, k2 });
    }
    let bx = &xm.shape[..xm.ndim() - 2];
    let by = &ym.shape[..ym.ndim() - 2];
    let batch = broadcast_shapes(bx, by).map_err(|_| MatmulError::Batch { n, m })?;
    let nb: usize = batch.iter().product();
    let mut xs = batch.clone();
    xs.extend([n, k]);
    let mut ys = batch.clone();
    ys.extend([k, m]);
    let (Ok(xb), Ok(yb)) = (xm.broadcast_to(&xs), ym.broadcast_to(&ys)) else {
        return Err(MatmulError::Batch { n, m });
    };
    if let Some(out) = strided_float_mm(&xb, &yb, d, &batch, n, k, m) {
        return finish(out, x.ndim(), y.ndim(), batch, n, m);
    }
    let compute = match d {
        DType::Bool => DType::I64,
        DType::F16 | DType::BF16 => DType::F32,
        other => other,
    };
    let out = crate::with_dtype!(compute, T => {
        let xa = xb.cast(compute).to_vec::<T>();
        let ya = yb.cast(compute).to_vec::<T>();
        let mut out: Vec<T> = Vec::with_capacity(nb * n * m);
        for bi in 0..nb {
            out.extend(generic_mm::<T>(&xa[bi * n * k..(bi + 1) * n * k], &ya[bi * k * m..(bi + 1) * k * m], n, k, m));
        }
        let mut shape = batch.clone();
        shape.extend([n, m]);
        Tensor::from_vec(out, shape)
    });
    let out = if compute != d { out.astype(d) } else { out };
    finish(out, x.ndim(), y.ndim(), batch, n, m)
}

/// The product's final shape: the batch, then the matrix axes except those that 1-D operands added.
fn finish(
    out: Tensor,
    x_ndim: usize,
    y_ndim: usize,
    batch: Vec<usize>,
    n: usize,
    m: usize,
) -> Result<Tensor, MatmulError> {
    let mut shape: Vec<usize> = batch;
    if x_ndim >= 2 {
        shape.push(n);
    }
    if y_ndim >= 2 {
        shape.push(m);
    }
    let spec: Vec<isize> = shape.iter().map(|s| *s as isize).collect();
    // Cannot fail: the product has n*m elements per matrix.
    out.reshape(&spec).map_err(|_| MatmulError::Batch { n, m })
}

/// A float32/float64 product read straight from the operands' storage, so transposed, sliced and broadcast
/// views (the backward pass of `x @ w` multiplies by transposes) are not copied into contiguous buffers first.
/// None when the operands are not both of dtype `d` or `d` is not float32/float64 (the general path handles them).
fn strided_float_mm(
    xb: &Tensor,
    yb: &Tensor,
    d: DType,
    batch: &[usize],
    n: usize,
    k: usize,
    m: usize,
) -> Option<Tensor> {
    if xb.dtype != d || yb.dtype != d || !matches!(d, DType::F32 | DType::F64) {
        return None;
    }
    let nd = batch.len();
    let offsets = |t: &Tensor| {
        let mut v = Vec::new();
        super::for_each_offset(batch, &t.strides[..nd], t.offset, |o| v.push(o));
        v
    };
    let (xo, yo) = (offsets(xb), offsets(yb));
    let view = |t: &Tensor, offset: usize, rows: usize, cols: usize| nabla_dense::Strided {
        offset,
        rows,
        cols,
        row_stride: t.strides[nd],
        col_stride: t.strides[nd + 1],
    };
    let nb: usize = batch.iter().product();
    let mut shape = batch.to_vec();
    shape.extend([n, m]);
    let (xbuf, ybuf) = (xb.buf.borrow(), yb.buf.borrow());
    // The per-matrix operand views, as plain data that worker threads can share.
    let views: Vec<_> = (0..nb)
        .map(|bi| (view(xb, xo[bi], n, k), view(yb, yo[bi], k, m)))
        .collect();
    // A stack of products too small to split one by one (each below nabla-dense's split size) is split across
    // the batch instead: one matrix per task.
    let across_batch = nb > 1 && nb * n * k * m >= 1 << 22 && rayon::current_num_threads() > 1;
    macro_rules! run {
        ($t:ty, $gemm:path) => {{
            use rayon::prelude::*;
            let xs = super::element::read::<$t>(&xbuf);
            let ys = super::element::read::<$t>(&ybuf);
            let mut out: Vec<$t> = vec![0.0; nb * n * m];
            if n * m > 0 {
                let one = |(bi, chunk): (usize, &mut [$t])| {
                    super::cancel::checkpoint();
                    let (xv, yv) = views[bi];
                    $gemm(chunk, &xs, xv, &ys, yv)
                };
                let ok = if across_batch {
                    out.par_chunks_mut(n * m).enumerate().all(one)
                } else {
                    out.chunks_mut(n * m).enumerate().all(one)
                };
                if !ok {
                    return None;
                }
            }
            Tensor::from_vec(out, shape)
        }};
    }
    Some(match d {
        DType::F32 => run!(f32, nabla_dense::gemm_strided_f32),
        _ => run!(f64, nabla_dense::gemm_strided_f64),
    })
}

fn mm2d<T: Copy + std::ops::Add<Output = T> + std::ops::Mul<Output = T>>(
    x: &[T],
    y: &[T],
    n: usize,
    k: usize,
    m: usize,
    zero: T,
) -> Vec<T> {
    let mut r = vec![zero; n * m];
    for i in 0..n {
        for p in 0..k {
            let xv = x[i * k + p];
            let row = &y[p * m..(p + 1) * m];
            let out = &mut r[i * m..(i + 1) * m];
            for j in 0..m {
                out[j] = out[j] + xv * row[j];
            }
        }
    }
    r
}

/// Matrix product through the element conversions: floats in their own precision, ints wrapping in i64,
/// complex in complex128 (rounded back for complex64).
fn generic_mm<T: Element>(x: &[T], y: &[T], n: usize, k: usize, m: usize) -> Vec<T> {
    match T::DTYPE.kind() {
        Kind::Float if T::DTYPE == DType::F32 => {
            let xa: Vec<f32> = x.iter().map(|v| v.to_f64() as f32).collect();
            let ya: Vec<f32> = y.iter().map(|v| v.to_f64() as f32).collect();
            nabla_dense::matmul_f32(&xa, &ya, n, k, m)
                .into_iter()
                .map(|v| T::from_f64(v as f64))
                .collect()
        }
        Kind::Float => {
            let xa: Vec<f64> = x.iter().map(|v| v.to_f64()).collect();
            let ya: Vec<f64> = y.iter().map(|v| v.to_f64()).collect();
            nabla_dense::matmul_f64(&xa, &ya, n, k, m)
                .into_iter()
                .map(T::from_f64)
                .collect()
        }
        Kind::Complex => {
            use super::element::C64;
            let xa: Vec<C64> = x
                .iter()
                .map(|v| {
                    let (r, i) = v.to_c();
                    C64::new(r, i)
                })
                .collect();
            let ya: Vec<C64> = y
                .iter()
                .map(|v| {
                    let (r, i) = v.to_c();
                    C64::new(r, i)
                })
                .collect();
            mm2d(&xa, &ya, n, k, m, C64::new(0.0, 0.0))
                .into_iter()
                .map(|z| T::from_c(z.re, z.im))
                .collect()
        }
        _ => {
            let xa: Vec<std::num::Wrapping<i64>> =
                x.iter().map(|v| std::num::Wrapping(v.to_i64())).collect();
            let ya: Vec<std::num::Wrapping<i64>> =
                y.iter().map(|v| std::num::Wrapping(v.to_i64())).collect();
            mm2d(&xa, &ya, n, k, m, std::num::Wrapping(0i64))
                .into_iter()
                .map(|v| T::from_i64(v.0))
                .collect()
        }
    }
}
