//! Discrete Fourier transforms along one axis, bit for bit as NumPy computes them: a port of pocketfft's plans
//! (factor passes, real FFTPACK passes, Bluestein) and of NumPy's buffer handling around them (cropping and zero
//! padding to `n` points, the halfcomplex packing of real transforms, the scale factor applied inside the plan).

mod complex;
mod real;
mod twiddle;

use super::dtype::DType;
use super::element::IntoBuffer;
use super::Tensor;
use complex::{BluesteinPlan, FactorPlan};
use num_complex::Complex;
use rayon::prelude::*;
use real::RealPlan;
use std::ops::{Add, Div, Mul, Neg, Sub};

/// The two precisions pocketfft computes in (NumPy keeps float32 and complex64 transforms in single precision).
pub trait Real:
    Copy
    + PartialEq
    + Add<Output = Self>
    + Sub<Output = Self>
    + Mul<Output = Self>
    + Div<Output = Self>
    + Neg<Output = Self>
    + Send
    + Sync
    + 'static
{
    const ZERO: Self;
    fn from_f64(v: f64) -> Self;
    fn from_usize(n: usize) -> Self;
}

impl Real for f64 {
    const ZERO: Self = 0.0;
    fn from_f64(v: f64) -> Self {
        v
    }
    fn from_usize(n: usize) -> Self {
        n as f64
    }
}

impl Real for f32 {
    const ZERO: Self = 0.0;
    fn from_f64(v: f64) -> Self {
        v as f32
    }
    fn from_usize(n: usize) -> Self {
        n as f32
    }
}

/// The end of every plan: the result into `c` (from the scratch buffer when the passes ended there), scaled by
/// the plan's factor unless it is 1.
fn settle<V: Copy>(c: &mut [V], scratch: &[V], in_c: bool, scaled: bool, scale: impl Fn(V) -> V) {
    match (in_c, scaled) {
        (true, false) => {}
        (false, false) => c.copy_from_slice(scratch),
        (true, true) => c.iter_mut().for_each(|v| *v = scale(*v)),
        (false, true) => c.iter_mut().zip(scratch).for_each(|(o, v)| *o = scale(*v)),
    }
}

/// pocketfft's `pocketfft_c`: a factor plan unless the length has a large prime factor that Bluestein handles
/// faster.
enum ComplexPlan<T> {
    Factors(FactorPlan<T>),
    Bluestein(BluesteinPlan<T>),
}

impl<T: Real> ComplexPlan<T> {
    fn new(n: usize) -> Self {
        if twiddle::use_bluestein(n, 1.0) {
            ComplexPlan::Bluestein(BluesteinPlan::new(n))
        } else {
            ComplexPlan::Factors(FactorPlan::new(n))
        }
    }

    fn exec(&self, c: &mut [Complex<T>], fct: T, forward: bool) {
        match self {
            ComplexPlan::Factors(p) => p.exec(c, fct, forward),
            ComplexPlan::Bluestein(p) => p.exec(c, fct, forward),
        }
    }
}

/// pocketfft's `pocketfft_r`.
enum RealFftPlan<T> {
    Factors(RealPlan<T>),
    Bluestein(BluesteinPlan<T>),
}

impl<T: Real> RealFftPlan<T> {
    fn new(n: usize) -> Self {
        if twiddle::use_bluestein(n, 0.5) {
            RealFftPlan::Bluestein(BluesteinPlan::new(n))
        } else {
            RealFftPlan::Factors(RealPlan::new(n))
        }
    }

    fn exec(&self, c: &mut [T], fct: T, forward: bool) {
        match self {
            RealFftPlan::Factors(p) => p.exec(c, fct, forward),
            RealFftPlan::Bluestein(p) => p.exec_real(c, fct, forward),
        }
    }
}

/// Below this many output elements the rows are transformed on one thread.
const PARALLEL_ELEMENTS: usize = 1 << 15;

/// Transform each of `rows` rows of `input` (`m` elements each) into a row of `n` outputs with `f`.
fn each_row<A: Sync, B: Send + Default + Clone>(
    input: &[A],
    rows: usize,
    m: usize,
    n: usize,
    f: impl Fn(&[A], &mut [B]) + Sync,
) -> Vec<B> {
    let mut out = vec![B::default(); rows * n];
    if n == 0 || rows == 0 {
        return out;
    }
    let row = |i: usize| &input[i * m..(i + 1) * m];
    if rows > 1 && rows * n >= PARALLEL_ELEMENTS && rayon::current_num_threads() > 1 {
        out.par_chunks_mut(n)
            .enumerate()
            .for_each(|(i, o)| f(row(i), o));
    } else {
        for (i, o) in out.chunks_mut(n).enumerate() {
            f(row(i), o);
        }
    }
    out
}

/// Run `f` on `t` with `axis` moved last, as contiguous rows of `T`, and put the axis back in the result, which
/// has `n` elements along it.
fn along_axis<A: IntoBuffer + Sync, B: IntoBuffer + Send + Default + Clone>(
    t: &Tensor,
    axis: usize,
    n: usize,
    f: impl Fn(&[A], &mut [B]) + Sync,
) -> Tensor {
    let nd = t.ndim();
    let mut perm: Vec<usize> = (0..nd).filter(|&a| a != axis).collect();
    perm.push(axis);
    let moved = t.permute(&perm);
    let m = t.shape[axis];
    let data = moved.to_vec::<A>();
    let rows: usize = moved.shape[..nd - 1].iter().product();
    let out = each_row(&data, rows, m, n, f);
    let mut shape = moved.shape.clone();
    shape[nd - 1] = n;
    let mut back = vec![0; nd];
    for (i, &p) in perm.iter().enumerate() {
        back[p] = i;
    }
    Tensor::from_vec(out, shape).permute(&back).contiguous()
}

/// A complex-to-complex transform of `n` points along `axis` (input cropped or zero-padded to `n`), scaled by
/// `fct` (given in the transform's precision). `t` must be complex64 or complex128; the result has its dtype.
pub fn c2c(t: &Tensor, axis: usize, n: usize, forward: bool, fct: f64) -> Tensor {
    fn run<T: Real>(t: &Tensor, axis: usize, n: usize, forward: bool, fct: T) -> Tensor
    where
        Complex<T>: IntoBuffer + Default,
    {
        let plan = ComplexPlan::<T>::new(n);
        along_axis::<Complex<T>, Complex<T>>(t, axis, n, |row, out| {
            let k = row.len().min(n);
            out[..k].copy_from_slice(&row[..k]);
            plan.exec(out, fct, forward);
        })
    }
    if t.dtype() == DType::C64 {
        run::<f32>(t, axis, n, forward, fct as f32)
    } else {
        run::<f64>(t, axis, n, forward, fct)
    }
}

/// A real-to-complex forward transform of `n` real points along `axis`: `n / 2 + 1` complex outputs. `t` must be
/// float32 (complex64 result) or float64 (complex128 result).
pub fn r2c(t: &Tensor, axis: usize, n: usize, fct: f64) -> Tensor {
    fn run<T: Real + IntoBuffer>(t: &Tensor, axis: usize, n: usize, fct: T) -> Tensor
    where
        Complex<T>: IntoBuffer + Default,
    {
        let plan = RealFftPlan::<T>::new(n);
        let nout = n / 2 + 1;
        along_axis::<T, Complex<T>>(t, axis, nout, |row, out| {
            // NumPy's packing: the reals go one slot in, so that the halfcomplex result `r0, r1, i1, ...` only
            // needs r0 moved to make complex pairs.
            let mut buf = vec![T::ZERO; 2 * nout];
            let k = row.len().min(n);
            buf[1..1 + k].copy_from_slice(&row[..k]);
            plan.exec(&mut buf[1..1 + n], fct, true);
            out[0] = Complex::new(buf[1], T::ZERO);
            for (j, o) in out.iter_mut().enumerate().skip(1) {
                *o = Complex::new(buf[2 * j], buf[2 * j + 1]);
            }
        })
    }
    if t.dtype() == DType::F32 {
        run::<f32>(t, axis, n, fct as f32)
    } else {
        run::<f64>(t, axis, n, fct)
    }
}

/// A complex-to-real backward transform to `n` real points along `axis`, reading the first `n / 2 + 1` inputs
/// (the imaginary parts of the zero and, for even `n`, the Nyquist frequency are ignored, as NumPy does).
pub fn c2r(t: &Tensor, axis: usize, n: usize, fct: f64) -> Tensor {
    fn run<T: Real + IntoBuffer + Default>(t: &Tensor, axis: usize, n: usize, fct: T) -> Tensor
    where
        Complex<T>: IntoBuffer,
    {
        let plan = RealFftPlan::<T>::new(n);
        along_axis::<Complex<T>, T>(t, axis, n, |row, out| {
            let nin = row.len();
            out[0] = row.first().map_or(T::ZERO, |z| z.re);
            if n > 1 {
                for j in 0..(n - 1) / 2 {
                    let z = row
                        .get(1 + j)
                        .copied()
                        .unwrap_or(Complex::new(T::ZERO, T::ZERO));
                    out[1 + 2 * j] = z.re;
                    out[2 + 2 * j] = z.im;
                }
                if n % 2 == 0 {
                    out[n - 1] = if n / 2 >= nin { T::ZERO } else { row[n / 2].re };
                }
            }
            plan.exec(out, fct, false);
        })
    }
    if t.dtype() == DType::C64 {
        run::<f32>(t, axis, n, fct as f32)
    } else {
        run::<f64>(t, axis, n, fct)
    }
}

/// A one-sided spectrum (`m` terms along `axis`, as `r2c` gives) completed to `n` terms by conjugate symmetry:
/// term `k >= m` is the conjugate of term `n - k`.
pub fn mirror_half(half: &Tensor, axis: usize, n: usize) -> Tensor {
    fn run<T: Real + num_traits::Float>(half: &Tensor, axis: usize, n: usize) -> Tensor
    where
        Complex<T>: IntoBuffer + Default,
    {
        along_axis::<Complex<T>, Complex<T>>(half, axis, n, |row, out| {
            for (k, o) in out.iter_mut().enumerate() {
                *o = if k < row.len() {
                    row[k]
                } else {
                    row[n - k].conj()
                };
            }
        })
    }
    if half.dtype() == DType::C64 {
        run::<f32>(half, axis, n)
    } else {
        run::<f64>(half, axis, n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The textbook O(n^2) DFT, accumulated in f64 with exact-angle twiddles: the oracle for every plan.
    fn naive(x: &[Complex<f64>], forward: bool) -> Vec<Complex<f64>> {
        let n = x.len();
        let sign = if forward { -1.0 } else { 1.0 };
        (0..n)
            .map(|k| {
                x.iter()
                    .enumerate()
                    .fold(Complex::new(0.0, 0.0), |acc, (j, v)| {
                        let ang =
                            sign * 2.0 * std::f64::consts::PI * ((j * k) % n) as f64 / n as f64;
                        acc + v * Complex::new(ang.cos(), ang.sin())
                    })
            })
            .collect()
    }

    fn signal(n: usize) -> Vec<Complex<f64>> {
        (0..n)
            .map(|i| Complex::new((i as f64 * 0.37).cos(), (i as f64 * 1.3).sin() * 0.5))
            .collect()
    }

    fn max_err(a: &[Complex<f64>], b: &[Complex<f64>]) -> f64 {
        let scale = b.iter().map(|z| z.norm()).fold(1.0, f64::max);
        a.iter()
            .zip(b)
            .map(|(x, y)| (x - y).norm())
            .fold(0.0, f64::max)
            / scale
    }

    #[test]
    fn every_plan_agrees_with_the_naive_dft() {
        // Every pass (2, 3, 4, 5, 7, 8, 11, generic odd factors) and Bluestein (large primes).
        for n in (1..=64).chain([77, 97, 121, 128, 169, 210, 256, 343, 1009, 1331, 2048]) {
            let x = signal(n);
            for forward in [true, false] {
                let want = naive(&x, forward);
                let mut got = x.clone();
                ComplexPlan::<f64>::new(n).exec(&mut got, 1.0, forward);
                assert!(max_err(&got, &want) < 1e-12, "c2c n={n} forward={forward}");
                let mut got32: Vec<Complex<f32>> = x
                    .iter()
                    .map(|z| Complex::new(z.re as f32, z.im as f32))
                    .collect();
                ComplexPlan::<f32>::new(n).exec(&mut got32, 1.0, forward);
                let got32: Vec<Complex<f64>> = got32
                    .iter()
                    .map(|z| Complex::new(z.re as f64, z.im as f64))
                    .collect();
                assert!(max_err(&got32, &want) < 1e-4, "c2c f32 n={n}");
            }
            // Real transforms: halfcomplex r0, r1, i1, ... against the naive DFT of the real parts.
            let re: Vec<f64> = x.iter().map(|z| z.re).collect();
            let want = naive(
                &re.iter().map(|&v| Complex::new(v, 0.0)).collect::<Vec<_>>(),
                true,
            );
            let mut hc = re.clone();
            RealFftPlan::<f64>::new(n).exec(&mut hc, 1.0, true);
            let mut got = vec![Complex::new(hc[0], 0.0)];
            for k in 1..=n / 2 {
                got.push(Complex::new(
                    hc[2 * k - 1],
                    if 2 * k < n { hc[2 * k] } else { 0.0 },
                ));
            }
            assert!(max_err(&got, &want[..got.len()]) < 1e-12, "r2c n={n}");
            // And back: the backward real transform of the halfcomplex data is n times the input.
            RealFftPlan::<f64>::new(n).exec(&mut hc, 1.0 / n as f64, false);
            let back: Vec<Complex<f64>> = hc.iter().map(|&v| Complex::new(v, 0.0)).collect();
            let orig: Vec<Complex<f64>> = re.iter().map(|&v| Complex::new(v, 0.0)).collect();
            assert!(max_err(&back, &orig) < 1e-12, "c2r n={n}");
        }
    }
}
