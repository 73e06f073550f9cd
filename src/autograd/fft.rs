//! Differentiable discrete Fourier transforms, recorded as PyTorch records them: a complex-to-complex transform
//! (FftC2CBackward0), a real-to-complex one (FftR2CBackward0, one-sided or full) and a complex-to-real one
//! (FftC2RBackward0), each over several dims with one scale factor per dim, on an input already cropped or padded
//! to the transform's sizes (`resize`, PyTorch's slices and constant pad). The backward of each is another
//! transform (the adjoint of a DFT is the opposite-direction DFT with the same scale), so gradients can be
//! differentiated again.

use super::complex::real_part;
use super::ops::{self, constant_pad, slice};
use super::rules::Rule;
use super::{record, GResult, GradError, Var};
use crate::tensor::dtype::DType;
use crate::tensor::fft as kernel;
use crate::tensor::Tensor;

/// Complex transforms along `dims` (each of its input's full length), in direction `forward`, the one along
/// `dims[i]` scaled by `scales[i]`. The input must be complex; the last dim is transformed first.
pub fn c2c(x: &Var, dims: &[usize], forward: bool, scales: &[f64]) -> GResult<Var> {
    let t = complex_each(x.t.clone(), dims.iter().zip(scales).rev(), forward);
    let (dims, scales) = (dims.to_vec(), scales.to_vec());
    Ok(record(t, &[x], move || Rule::FftC2C {
        dims,
        forward,
        scales,
    }))
}

/// A forward real-to-complex transform of real `x`: along the last of `dims` its `n / 2 + 1` non-negative
/// frequencies (completed to all `n` by conjugate symmetry unless `onesided`), then complex forward transforms
/// along the other dims.
pub fn r2c(x: &Var, dims: &[usize], scales: &[f64], onesided: bool) -> GResult<Var> {
    let (last, rest) = real_dim(dims)?;
    let n = x.t.shape[last];
    let s = scales[scales.len() - 1];
    let half = kernel::r2c(&x.t, last, n, s);
    let mut t = complex_each(half, rest.iter().zip(scales).rev(), true);
    if !onesided {
        t = kernel::mirror_half(&t, last, n);
    }
    let (dims, scales) = (dims.to_vec(), scales.to_vec());
    Ok(record(t, &[x], move || Rule::FftR2C {
        dims,
        scales,
        onesided,
        n,
    }))
}

/// A complex-to-real transform to `n` real points along the last of `dims` (the input holds its `n / 2 + 1`
/// non-negative frequencies there), after complex inverse transforms along the other dims.
pub fn c2r(x: &Var, dims: &[usize], scales: &[f64], n: usize) -> GResult<Var> {
    let (last, rest) = real_dim(dims)?;
    let t = complex_each(x.t.clone(), rest.iter().zip(scales), false);
    let t = kernel::c2r(&t, last, n, scales[scales.len() - 1]);
    let (dims, scales) = (dims.to_vec(), scales.to_vec());
    Ok(record(t, &[x], move || Rule::FftC2R { dims, scales }))
}

/// `x` cropped or zero-padded to `sizes[i]` along `dims[i]` (None keeps a dim), as PyTorch's resize_fft_input
/// does it: a slice per cropped dim in order, then one constant pad over all padded dims.
pub fn resize(x: &Var, dims: &[usize], sizes: &[Option<usize>]) -> GResult<Var> {
    let nd = x.t.ndim();
    let mut out = x.clone();
    let mut pads = vec![(0i64, 0i64); nd];
    for (&d, &size) in dims.iter().zip(sizes) {
        let Some(size) = size else { continue };
        let have = out.t.shape[d];
        if have < size {
            // `pads` runs from the last dim back, as constant_pad takes it.
            pads[nd - 1 - d].1 = (size - have) as i64;
        } else if have > size {
            out = slice(&out, d, 0, 1, size)?;
        }
    }
    match pads.iter().rposition(|&p| p != (0, 0)) {
        Some(k) => constant_pad(&out, &pads[..=k], 0.0),
        None => Ok(out),
    }
}

/// The gradient of `c2c`: the opposite-direction transform with the same scales.
pub fn c2c_backward(g: &Var, dims: &[usize], forward: bool, scales: &[f64]) -> GResult<Var> {
    c2c(&complex(g)?, dims, !forward, scales)
}

/// The gradient of `r2c` for an input of `n` points along the last dim: the one-sided gradient zero-padded to
/// all `n` frequencies, transformed back (unnormalised but for the same scales), and its real part.
pub fn r2c_backward(
    g: &Var,
    dims: &[usize],
    scales: &[f64],
    onesided: bool,
    n: usize,
) -> GResult<Var> {
    let g = complex(g)?;
    let full = match dims.last() {
        Some(&last) if onesided => resize(&g, &[last], &[Some(n)])?,
        _ => g,
    };
    real_part(&c2c(&full, dims, false, scales)?)
}

/// The gradient of `c2r`: the one-sided forward transform of the real gradient, with the terms that stand for
/// two frequencies of the full spectrum (all but the zero one and, for even `n`, the last) doubled.
pub fn c2r_backward(g: &Var, dims: &[usize], scales: &[f64]) -> GResult<Var> {
    let (last, _) = real_dim(dims)?;
    let n = g.t.shape[last];
    let half = r2c(g, dims, scales, true)?;
    let m = n / 2 + 1;
    let doubled = n - m;
    if doubled == 0 {
        return Ok(half);
    }
    let weights: Vec<f64> = (0..m)
        .map(|k| if (1..=doubled).contains(&k) { 2.0 } else { 1.0 })
        .collect();
    let mut shape = vec![1; half.t.ndim()];
    shape[last] = m;
    let w = Tensor::from_vec(weights, shape).cast(half.dtype().real());
    ops::binary(
        crate::tensor::ops::BinaryOp::Mul,
        &half,
        &Var::constant(w),
        half.dtype(),
        [false, false],
    )
}

/// Complex transforms of `t` along each (dim, scale) of `steps` in turn, each over the dim's full length.
fn complex_each<'a>(
    mut t: Tensor,
    steps: impl Iterator<Item = (&'a usize, &'a f64)>,
    forward: bool,
) -> Tensor {
    for (&d, &s) in steps {
        t = kernel::c2c(&t, d, t.shape[d], forward, s);
    }
    t
}

/// The dim a real transform's real side runs along (the last of `dims`), and the others.
fn real_dim(dims: &[usize]) -> GResult<(usize, &[usize])> {
    match dims.split_last() {
        Some((&last, rest)) => Ok((last, rest)),
        None => Err(GradError::Runtime(
            "internal: a real FFT needs at least one dim".into(),
        )),
    }
}

/// A gradient as complex numbers of its own precision (a real gradient reaching a complex transform).
fn complex(g: &Var) -> GResult<Var> {
    let d: DType = g.dtype();
    if d.is_complex() {
        Ok(g.clone())
    } else {
        ops::cast(g, d.to_complex())
    }
}
