//! `torch.fft`: PyTorch's FFT functions (dtype rules, `norm` modes, `n`/`s` cropping and padding, dims) over the
//! pocketfft kernels of `tensor::fft`. Single-precision inputs are transformed in single precision, as PyTorch
//! does; PyTorch's own CPU backend (MKL) rounds differently in the last bits, so values agree to rounding, not bit
//! for bit. Every transform is differentiable and records PyTorch's graph (autograd/fft.rs): the input promoted
//! (ToCopyBackward0), cropped (SliceBackward0) and padded (ConstantPadNdBackward0), then one FftC2CBackward0,
//! FftR2CBackward0 or FftC2RBackward0 node, with ConjBackward0 where PyTorch conjugates (ifft of real input,
//! hfft, ihfft).

use super::shape::wrap_dim;
use super::*;
use crate::autograd::fft as afft;
use crate::autograd::ops as aops;
use crate::autograd::GResult;
use crate::library::args;

macro_rules! defs {
    ($($name:literal, $sig:literal, $doc:literal => $f:expr;)*) => {
        &[$(Def { name: $name, sig: $sig, doc: $doc, func: $f }),*]
    };
}

fn runtime(m: impl Into<String>) -> Box<Exc> {
    Exc::new(ExcType::RuntimeError, m.into())
}

/// The input tensor (float16 and bfloat16 have no transforms on the CPU).
fn input(v: &Value, fname: &str) -> Res<Var> {
    let x = as_var(v).ok_or_else(|| {
        type_error(format!(
            "fft_{fname}(): argument 'input' (position 1) must be Tensor, not {}",
            v.type_name()
        ))
    })?;
    if matches!(x.t.dtype(), DType::F16 | DType::BF16) {
        return Err(Exc::new(
            ExcType::NotImplementedError,
            format!(
                "Unsupported dtype {}",
                if x.t.dtype() == DType::F16 {
                    "Half"
                } else {
                    "BFloat16"
                }
            ),
        ));
    }
    Ok(x)
}

/// The complex dtype a transform computes in: complex64 for float32/complex64 and non-float inputs (PyTorch's
/// default dtype), complex128 for float64/complex128.
fn complex_of(me: &Interp, d: DType) -> DType {
    match d {
        DType::F64 | DType::C128 => DType::C128,
        DType::F32 | DType::C64 => DType::C64,
        _ if default_dtype(me) == DType::F64 => DType::C128,
        _ => DType::C64,
    }
}

/// The input in the dtype its transform computes in (PyTorch's promote_tensor_fft): complex when `complex`,
/// else the real dtype of that precision (recorded as a copy when it changes a tensor that requires grad).
fn promoted(me: &Interp, x: &Var, complex: bool) -> Res<Var> {
    let c = complex_of(me, x.dtype());
    let d = if complex { c } else { c.real() };
    aops::cast(x, d).map_err(grad_error)
}

/// One transform dim: negative dims count from the end; a 0-d tensor has none.
fn dim_of(d: i64, ndim: usize) -> Res<usize> {
    if ndim == 0 {
        return Err(Exc::new(
            ExcType::IndexError,
            format!("Dimension specified as {d} but tensor has no dimensions"),
        ));
    }
    wrap_dim(d, ndim)
}

fn points(v: &Value, default: i64) -> Res<usize> {
    let n = match v {
        Value::None => default,
        v => args::int(v, "n")?,
    };
    if n < 1 {
        return Err(runtime(format!(
            "Invalid number of data points ({n}) specified"
        )));
    }
    Ok(n as usize)
}

#[derive(Clone, Copy, PartialEq)]
enum Norm {
    Backward,
    Ortho,
    Forward,
}

fn norm_of(v: &Value) -> Res<Norm> {
    match v {
        Value::None => Ok(Norm::Backward),
        v => match &*args::string(v, "norm")? {
            "backward" => Ok(Norm::Backward),
            "ortho" => Ok(Norm::Ortho),
            "forward" => Ok(Norm::Forward),
            other => Err(runtime(format!("Invalid normalization mode: \"{other}\""))),
        },
    }
}

/// The scale of a transform of `n` points in direction `forward` (rounded to single precision for complex64).
fn scale(norm: Norm, n: usize, forward: bool, dtype: DType) -> f64 {
    let f = match (norm, forward) {
        (Norm::Backward, true) | (Norm::Forward, false) => 1.0,
        (Norm::Ortho, _) => 1.0 / (n as f64).sqrt(),
        _ => 1.0 / n as f64,
    };
    if dtype.to_complex() == DType::C64 {
        f as f32 as f64
    } else {
        f
    }
}

/// The scale of each transformed dim of `x` (already resized to the transform's sizes).
fn scales(x: &Var, dims: &[usize], norm: Norm, forward: bool) -> Vec<f64> {
    dims.iter()
        .map(|&d| scale(norm, x.t.shape[d], forward, x.dtype()))
        .collect()
}

fn finish(me: &mut Interp, v: GResult<Var>) -> Res<Value> {
    wrap(me, v.map_err(grad_error)?)
}

fn real_input(t: &Tensor, fname: &str) -> Res<()> {
    if t.dtype().is_complex() {
        return Err(type_error(format!(
            "{fname} expects a real input tensor, but got {}",
            if t.dtype() == DType::C64 {
                "ComplexFloat"
            } else {
                "ComplexDouble"
            }
        )));
    }
    Ok(())
}

/// The transform of real input to complex output along `dims`, as PyTorch's fft_r2c: its inverse direction
/// (`forward == false`: ifft of real input, ihfft) is the conjugate of the forward one, scaled as an inverse.
fn r2c_of(x: &Var, dims: &[usize], norm: Norm, forward: bool, onesided: bool) -> GResult<Var> {
    let out = afft::r2c(x, dims, &scales(x, dims, norm, forward), onesided)?;
    if forward {
        Ok(out)
    } else {
        crate::autograd::complex::conj(&out)
    }
}

/// `fft`/`ifft(input, n=None, dim=-1, norm=None)`: complex input by a complex transform, real input by the real
/// transform completed by conjugate symmetry.
fn fft1(me: &mut Interp, a: &[Value], forward: bool) -> Res<Value> {
    let x = input(&a[0], if forward { "fft" } else { "ifft" })?;
    let dim = dim_of(args::int(&a[2], "dim")?, x.t.ndim())?;
    let n = points(&a[1], x.t.shape[dim] as i64)?;
    let norm = norm_of(&a[3])?;
    let complex = x.dtype().is_complex();
    let x = promoted(me, &x, complex)?;
    let x = afft::resize(&x, &[dim], &[Some(n)]).map_err(grad_error)?;
    if complex {
        let s = scales(&x, &[dim], norm, forward);
        return finish(me, afft::c2c(&x, &[dim], forward, &s));
    }
    finish(me, r2c_of(&x, &[dim], norm, forward, false))
}

/// `rfft(input, n=None, dim=-1, norm=None)`; `ihfft` is its conjugate with the norm swapped.
fn rfft1(me: &mut Interp, a: &[Value], hermitian: bool) -> Res<Value> {
    let fname = if hermitian { "ihfft" } else { "rfft" };
    let x = input(&a[0], fname)?;
    real_input(&x.t, fname)?;
    let dim = dim_of(args::int(&a[2], "dim")?, x.t.ndim())?;
    let n = points(&a[1], x.t.shape[dim] as i64)?;
    let x = promoted(me, &x, false)?;
    let x = afft::resize(&x, &[dim], &[Some(n)]).map_err(grad_error)?;
    finish(me, r2c_of(&x, &[dim], norm_of(&a[3])?, !hermitian, true))
}

/// `irfft(input, n=None, dim=-1, norm=None)`; `hfft` transforms the conjugate with the norm swapped.
fn irfft1(me: &mut Interp, a: &[Value], hermitian: bool) -> Res<Value> {
    let x = input(&a[0], if hermitian { "hfft" } else { "irfft" })?;
    let dim = dim_of(args::int(&a[2], "dim")?, x.t.ndim())?;
    let n = points(&a[1], 2 * (x.t.shape[dim] as i64 - 1))?;
    let norm = norm_of(&a[3])?;
    let x = promoted(me, &x, true)?;
    // Only an explicit `n` resizes the input (to the n / 2 + 1 terms a real signal of n points has).
    let x = match a[1] {
        Value::None => x,
        _ => afft::resize(&x, &[dim], &[Some(n / 2 + 1)]).map_err(grad_error)?,
    };
    let x = if hermitian {
        crate::autograd::complex::conj(&x).map_err(grad_error)?
    } else {
        x
    };
    let s = scale(norm, n, hermitian, x.dtype());
    finish(me, afft::c2r(&x, &[dim], &[s], n))
}

/// The dims and sizes of an n-dimensional transform: `dim` (default: the last `len(s)` dims, or all), `s`
/// (default: the input's sizes; -1 keeps one).
fn plan_nd(
    me: &mut Interp,
    t: &Tensor,
    s: &Value,
    dim: &Value,
    default_dims: Option<&[i64]>,
) -> Res<Vec<(usize, i64)>> {
    let nd = t.ndim();
    let sizes: Option<Vec<i64>> = match s {
        Value::None => None,
        v => Some(
            me.collect(v)?
                .iter()
                .map(|x| args::int(x, "s"))
                .collect::<Res<_>>()?,
        ),
    };
    let dims: Vec<usize> = match dim {
        Value::None => match (&sizes, default_dims) {
            (Some(s), _) => (nd.saturating_sub(s.len())..nd).collect(),
            (None, Some(d)) => d.iter().map(|&d| dim_of(d, nd)).collect::<Res<_>>()?,
            (None, None) => (0..nd).collect(),
        },
        Value::Int(d) => vec![dim_of(*d, nd)?],
        v => me
            .collect(v)?
            .iter()
            .map(|x| dim_of(args::int(x, "dim")?, nd))
            .collect::<Res<_>>()?,
    };
    if let Some(s) = &sizes {
        if s.len() != dims.len() {
            return Err(runtime(format!(
                "When given, dim and shape arguments must have the same length"
            )));
        }
    }
    let mut seen = vec![false; nd];
    for &d in &dims {
        if std::mem::replace(&mut seen[d], true) {
            return Err(runtime("FFT dims must be unique"));
        }
    }
    Ok(dims
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            let size = sizes.as_ref().map_or(-1, |s| s[i]);
            (d, size)
        })
        .collect())
}

fn size_or(size: i64, default: i64) -> Res<usize> {
    points(
        &Value::Int(if size == -1 { default } else { size }),
        default,
    )
}

/// The dims of a plan and the size each transforms (its own length where the plan keeps it).
fn sizes_of(t: &Tensor, plan: &[(usize, i64)]) -> Res<(Vec<usize>, Vec<Option<usize>>)> {
    let dims = plan.iter().map(|&(d, _)| d).collect();
    let sizes = plan
        .iter()
        .map(|&(d, size)| size_or(size, t.shape[d] as i64).map(Some))
        .collect::<Res<_>>()?;
    Ok((dims, sizes))
}

/// `fftn`/`ifftn`/`fft2`/`ifft2(input, s=None, dim=None, norm=None)`: real input is made complex first.
fn fftn(me: &mut Interp, a: &[Value], forward: bool, default_dims: Option<&[i64]>) -> Res<Value> {
    let x = input(&a[0], if forward { "fftn" } else { "ifftn" })?;
    let norm = norm_of(&a[3])?;
    let plan = plan_nd(me, &x.t, &a[1], &a[2], default_dims)?;
    let (dims, sizes) = sizes_of(&x.t, &plan)?;
    let x = promoted(me, &x, true)?;
    let x = afft::resize(&x, &dims, &sizes).map_err(grad_error)?;
    let s = scales(&x, &dims, norm, forward);
    finish(me, afft::c2c(&x, &dims, forward, &s))
}

/// `rfftn`/`rfft2`: rfft over the last dim, then fft over the others.
fn rfftn(me: &mut Interp, a: &[Value], default_dims: Option<&[i64]>) -> Res<Value> {
    let x = input(&a[0], "rfftn")?;
    real_input(&x.t, "rfftn")?;
    let norm = norm_of(&a[3])?;
    let plan = plan_nd(me, &x.t, &a[1], &a[2], default_dims)?;
    if plan.is_empty() {
        return Err(runtime("rfftn must transform at least one axis"));
    }
    let (dims, sizes) = sizes_of(&x.t, &plan)?;
    let x = promoted(me, &x, false)?;
    let x = afft::resize(&x, &dims, &sizes).map_err(grad_error)?;
    finish(me, r2c_of(&x, &dims, norm, true, true))
}

/// `irfftn`/`irfft2`: ifft over all dims but the last, then irfft over the last (default size 2 * (m - 1)).
fn irfftn(me: &mut Interp, a: &[Value], default_dims: Option<&[i64]>) -> Res<Value> {
    let x = input(&a[0], "irfftn")?;
    let norm = norm_of(&a[3])?;
    let plan = plan_nd(me, &x.t, &a[1], &a[2], default_dims)?;
    let Some(&(last, size)) = plan.last() else {
        return Err(runtime("irfftn must transform at least one axis"));
    };
    let (dims, mut sizes) = sizes_of(&x.t, &plan[..plan.len() - 1])?;
    let n = size_or(size, 2 * (x.t.shape[last] as i64 - 1))?;
    let dims: Vec<usize> = dims.into_iter().chain([last]).collect();
    sizes.push(Some(n / 2 + 1));
    let x = promoted(me, &x, true)?;
    let x = afft::resize(&x, &dims, &sizes).map_err(grad_error)?;
    let mut s = scales(&x, &dims[..dims.len() - 1], norm, false);
    s.push(scale(norm, n, false, x.dtype()));
    finish(me, afft::c2r(&x, &dims, &s, n))
}

/// `fftfreq`/`rfftfreq(n, d=1.0, *, dtype=None, ...)`: PyTorch fills an arange and multiplies it in place by
/// `1 / (n * d)` (rounded to the dtype first).
fn freq(me: &mut Interp, a: &[Value], full: bool) -> Res<Value> {
    let n = args::int(&a[0], "n")?;
    let d = args::float(&a[1])?;
    let dtype = dtype_arg(me, &a[2])?.unwrap_or_else(|| default_dtype(me));
    let len = if full { n.max(0) } else { n.max(0) / 2 + 1 };
    let ks: Vec<f64> = (0..len)
        .map(|k| {
            if full && k >= (n + 1) / 2 {
                (k - n) as f64
            } else {
                k as f64
            }
        })
        .collect();
    let val = 1.0 / (n as f64 * d);
    let t = if dtype == DType::F32 {
        let v = val as f32;
        Tensor::from_vec(
            ks.iter().map(|&k| k as f32 * v).collect::<Vec<f32>>(),
            vec![len as usize],
        )
    } else {
        Tensor::from_vec(
            ks.iter().map(|&k| k * val).collect::<Vec<f64>>(),
            vec![len as usize],
        )
        .astype(dtype)
    };
    let requires_grad = me.truthy(&a[3])?;
    super::creation::leaf(me, t, requires_grad)
}

/// `fftshift`/`ifftshift(input, dim=None)`: a roll by half of each dim (negated for the inverse).
fn shift(me: &mut Interp, a: &[Value], inverse: bool) -> Res<Value> {
    let x =
        as_var(&a[0]).ok_or_else(|| type_error("fftshift(): argument 'input' must be Tensor"))?;
    let nd = x.t.ndim();
    let dims: Vec<usize> = match &a[1] {
        Value::None => (0..nd).collect(),
        Value::Int(d) => vec![dim_of(*d, nd)?],
        v => me
            .collect(v)?
            .iter()
            .map(|x| dim_of(args::int(x, "dim")?, nd))
            .collect::<Res<_>>()?,
    };
    let shifts: Vec<i64> = dims
        .iter()
        .map(|&d| {
            let n = x.t.shape[d] as i64;
            if inverse {
                (n + 1) / 2
            } else {
                n / 2
            }
        })
        .collect();
    wrap(
        me,
        crate::autograd::arrange::roll(&x, &shifts, &dims).map_err(grad_error)?,
    )
}

pub const FFT_FUNCTIONS: &[Def] = defs! {
    "fft", "input, n=None, dim=-1, norm=None", "One-dimensional discrete Fourier transform along dim.\n\n>>> torch.fft.fft(torch.tensor([1.0, 2.0, 3.0, 4.0]))\ntensor([10.+0.j, -2.+2.j, -2.+0.j, -2.-2.j])" => |me, a| fft1(me, &a, true);
    "ifft", "input, n=None, dim=-1, norm=None", "Inverse of fft (scaled by 1/n by default).\n\n>>> torch.fft.ifft(torch.tensor([10.0, -2.0, -2.0, -2.0]))\ntensor([1.-0.j, 3.-0.j, 3.-0.j, 3.+0.j])" => |me, a| fft1(me, &a, false);
    "rfft", "input, n=None, dim=-1, norm=None", "Transform of real input: the n // 2 + 1 non-negative frequencies.\n\n>>> torch.fft.rfft(torch.tensor([1.0, 2.0, 3.0, 4.0]))\ntensor([10.+0.j, -2.+2.j, -2.+0.j])" => |me, a| rfft1(me, &a, false);
    "irfft", "input, n=None, dim=-1, norm=None", "Inverse of rfft: n real points (default 2 * (m - 1)).\n\n>>> torch.fft.irfft(torch.tensor([10.0, -2.0, -2.0]))\ntensor([1., 3., 3., 3.])" => |me, a| irfft1(me, &a, false);
    "hfft", "input, n=None, dim=-1, norm=None", "Transform of a Hermitian-symmetric signal given by its first half: real output.\n\n>>> torch.fft.hfft(torch.tensor([1.0, 2.0, 3.0]))\ntensor([ 8., -2.,  0., -2.])" => |me, a| irfft1(me, &a, true);
    "ihfft", "input, n=None, dim=-1, norm=None", "Inverse of hfft.\n\n>>> torch.fft.ihfft(torch.tensor([8.0, -2.0, 0.0, -2.0]))\ntensor([1.-0.j, 2.-0.j, 3.-0.j])" => |me, a| rfft1(me, &a, true);
    "fft2", "input, s=None, dim=(-2, -1), norm=None", "Two-dimensional transform over the last two dims.\n\n>>> torch.fft.fft2(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))\ntensor([[10.+0.j, -2.+0.j],\n        [-4.+0.j,  0.+0.j]])" => |me, a| fftn(me, &a, true, Some(&[-2, -1]));
    "ifft2", "input, s=None, dim=(-2, -1), norm=None", "Inverse of fft2.\n\n>>> torch.fft.ifft2(torch.tensor([[10.0, -2.0], [-4.0, 0.0]]))\ntensor([[1.+0.j, 2.+0.j],\n        [3.+0.j, 4.+0.j]])" => |me, a| fftn(me, &a, false, Some(&[-2, -1]));
    "fftn", "input, s=None, dim=None, norm=None", "N-dimensional transform (all dims by default).\n\n>>> torch.fft.fftn(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))\ntensor([[10.+0.j, -2.+0.j],\n        [-4.+0.j,  0.+0.j]])" => |me, a| fftn(me, &a, true, None);
    "ifftn", "input, s=None, dim=None, norm=None", "Inverse of fftn.\n\n>>> torch.fft.ifftn(torch.tensor([[10.0, -2.0], [-4.0, 0.0]]))\ntensor([[1.+0.j, 2.+0.j],\n        [3.+0.j, 4.+0.j]])" => |me, a| fftn(me, &a, false, None);
    "rfft2", "input, s=None, dim=(-2, -1), norm=None", "Two-dimensional transform of real input.\n\n>>> torch.fft.rfft2(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))\ntensor([[10.+0.j, -2.+0.j],\n        [-4.+0.j,  0.+0.j]])" => |me, a| rfftn(me, &a, Some(&[-2, -1]));
    "rfftn", "input, s=None, dim=None, norm=None", "N-dimensional transform of real input (rfft over the last dim).\n\n>>> torch.fft.rfftn(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))\ntensor([[10.+0.j, -2.+0.j],\n        [-4.+0.j,  0.+0.j]])" => |me, a| rfftn(me, &a, None);
    "irfft2", "input, s=None, dim=(-2, -1), norm=None", "Inverse of rfft2.\n\n>>> torch.fft.irfft2(torch.tensor([[10.0, -2.0], [-4.0, 0.0]]))\ntensor([[1., 2.],\n        [3., 4.]])" => |me, a| irfftn(me, &a, Some(&[-2, -1]));
    "irfftn", "input, s=None, dim=None, norm=None", "Inverse of rfftn.\n\n>>> torch.fft.irfftn(torch.tensor([[10.0, -2.0], [-4.0, 0.0]]))\ntensor([[1., 2.],\n        [3., 4.]])" => |me, a| irfftn(me, &a, None);
    "fftfreq", "n, d=1.0, *, dtype=None, requires_grad=False", "Sample frequencies of an n-point fft with spacing d.\n\n>>> torch.fft.fftfreq(4)\ntensor([ 0.0000,  0.2500, -0.5000, -0.2500])" => |me, a| freq(me, &a, true);
    "rfftfreq", "n, d=1.0, *, dtype=None, requires_grad=False", "Sample frequencies of an n-point rfft.\n\n>>> torch.fft.rfftfreq(4)\ntensor([0.0000, 0.2500, 0.5000])" => |me, a| freq(me, &a, false);
    "fftshift", "input, dim=None", "Move the zero frequency to the centre (roll by half of each dim).\n\n>>> torch.fft.fftshift(torch.fft.fftfreq(4))\ntensor([-0.5000, -0.2500,  0.0000,  0.2500])" => |me, a| shift(me, &a, false);
    "ifftshift", "input, dim=None", "Inverse of fftshift.\n\n>>> torch.fft.ifftshift(torch.tensor([-2, -1, 0, 1, 2]))\ntensor([ 0,  1,  2, -2, -1])" => |me, a| shift(me, &a, true);
};
