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
    // Drop the axes that 1-D operands added.
    let mut shape: Vec<usize> = batch;
    if x.ndim() >= 2 {
        shape.push(n);
    }
    if y.ndim() >= 2 {
        shape.push(m);
    }
    let spec: Vec<isize> = shape.iter().map(|s| *s as isize).collect();
    // Cannot fail: the product has n*m elements per matrix.
    out.reshape(&spec).map_err(|_| MatmulError::Batch { n, m })
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
