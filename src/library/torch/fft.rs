//! `torch.fft`: PyTorch's FFT functions (dtype rules, `norm` modes, `n`/`s` cropping and padding, dims) over the
//! pocketfft kernels of `tensor::fft`. Single-precision inputs are transformed in single precision, as PyTorch
//! does; PyTorch's own CPU backend (MKL) rounds differently in the last bits, so values agree to rounding, not bit
//! for bit. Gradients through these functions are not implemented yet: an input that requires grad is refused.

use super::shape::wrap_dim;
use super::*;
use crate::library::args;
use crate::tensor::fft as kernel;

macro_rules! defs {
    ($($name:literal, $sig:literal, $doc:literal => $f:expr;)*) => {
        &[$(Def { name: $name, sig: $sig, doc: $doc, func: $f }),*]
    };
}

fn runtime(m: impl Into<String>) -> Box<Exc> {
    Exc::new(ExcType::RuntimeError, m.into())
}

/// The input tensor, refused when autograd would have to record the transform.
fn input(v: &Value, fname: &str) -> Res<Tensor> {
    let x = as_var(v).ok_or_else(|| {
        type_error(format!(
            "fft_{fname}(): argument 'input' (position 1) must be Tensor, not {}",
            v.type_name()
        ))
    })?;
    if x.requires_grad() && crate::autograd::grad_enabled() {
        return Err(Exc::new(
            ExcType::NotImplementedError,
            format!("torch.fft.{fname}: gradients through FFTs are not implemented in nabla yet (call it on a detached tensor or under torch.no_grad())"),
        ));
    }
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
    Ok(x.t.clone())
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
    if dtype == DType::C64 {
        f as f32 as f64
    } else {
        f
    }
}

fn finish(me: &mut Interp, t: Tensor) -> Res<Value> {
    wrap(me, Var::constant(t))
}

/// One complex transform along `dim`.
fn c2c_dim(me: &Interp, t: &Tensor, dim: usize, n: usize, forward: bool, norm: Norm) -> Tensor {
    let c = complex_of(me, t.dtype());
    kernel::c2c(&t.astype(c), dim, n, forward, scale(norm, n, forward, c))
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

/// `fft`/`ifft(input, n=None, dim=-1, norm=None)`.
fn fft1(me: &mut Interp, a: &[Value], forward: bool) -> Res<Value> {
    let t = input(&a[0], if forward { "fft" } else { "ifft" })?;
    let dim = dim_of(args::int(&a[2], "dim")?, t.ndim())?;
    let n = points(&a[1], t.shape[dim] as i64)?;
    let norm = norm_of(&a[3])?;
    if t.dtype().is_complex() {
        let out = c2c_dim(me, &t, dim, n, forward, norm);
        return finish(me, out);
    }
    // PyTorch transforms real input with its real FFT and mirrors the result (conjugate symmetry); the
    // inverse direction is the conjugate of that, with the inverse's scaling.
    let c = complex_of(me, t.dtype());
    let real = if c == DType::C64 {
        DType::F32
    } else {
        DType::F64
    };
    let half = kernel::r2c(&t.astype(real), dim, n, scale(norm, n, forward, c));
    let full = kernel::mirror_half(&half, dim, n);
    finish(me, if forward { full } else { conjugate(&full)? })
}

/// `rfft(input, n=None, dim=-1, norm=None)`; `ihfft` is its conjugate with the norm swapped.
fn rfft1(me: &mut Interp, a: &[Value], hermitian: bool) -> Res<Value> {
    let fname = if hermitian { "ihfft" } else { "rfft" };
    let t = input(&a[0], fname)?;
    real_input(&t, fname)?;
    let dim = dim_of(args::int(&a[2], "dim")?, t.ndim())?;
    let n = points(&a[1], t.shape[dim] as i64)?;
    let c = complex_of(me, t.dtype());
    let real = if c == DType::C64 {
        DType::F32
    } else {
        DType::F64
    };
    // ihfft is the inverse transform of the real input: scaled as an inverse, then conjugated.
    let fct = scale(norm_of(&a[3])?, n, !hermitian, c);
    let out = kernel::r2c(&t.astype(real), dim, n, fct);
    finish(me, if hermitian { conjugate(&out)? } else { out })
}

/// The complex conjugate, through the runtime's elementwise `conjugate`.
fn conjugate(t: &Tensor) -> Res<Tensor> {
    crate::tensor::ops::unary(crate::tensor::ops::UnaryOp::Conj, t, t.dtype()).map_err(tensor_error)
}

/// `irfft(input, n=None, dim=-1, norm=None)`; `hfft` transforms the conjugate with the norm swapped.
fn irfft1(me: &mut Interp, a: &[Value], hermitian: bool) -> Res<Value> {
    let t = input(&a[0], if hermitian { "hfft" } else { "irfft" })?;
    let dim = dim_of(args::int(&a[2], "dim")?, t.ndim())?;
    let n = points(&a[1], 2 * (t.shape[dim] as i64 - 1))?;
    let c = complex_of(me, t.dtype());
    let t = t.astype(c);
    let t = if hermitian { conjugate(&t)? } else { t };
    let fct = scale(norm_of(&a[3])?, n, hermitian, c);
    finish(me, kernel::c2r(&t, dim, n, fct))
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

/// `fftn`/`ifftn`/`fft2`/`ifft2(input, s=None, dim=None, norm=None)`.
fn fftn(me: &mut Interp, a: &[Value], forward: bool, default_dims: Option<&[i64]>) -> Res<Value> {
    let mut t = input(&a[0], if forward { "fftn" } else { "ifftn" })?;
    let norm = norm_of(&a[3])?;
    let plan = plan_nd(me, &t, &a[1], &a[2], default_dims)?;
    t = t.astype(complex_of(me, t.dtype()));
    for &(d, size) in plan.iter().rev() {
        let n = size_or(size, t.shape[d] as i64)?;
        t = c2c_dim(me, &t, d, n, forward, norm);
    }
    finish(me, t)
}

/// `rfftn`/`rfft2`: rfft over the last dim, then fft over the others.
fn rfftn(me: &mut Interp, a: &[Value], default_dims: Option<&[i64]>) -> Res<Value> {
    let t = input(&a[0], "rfftn")?;
    real_input(&t, "rfftn")?;
    let norm = norm_of(&a[3])?;
    let plan = plan_nd(me, &t, &a[1], &a[2], default_dims)?;
    let Some((&(last, size), rest)) = plan.split_last() else {
        return Err(runtime("rfftn must transform at least one axis"));
    };
    let c = complex_of(me, t.dtype());
    let real = if c == DType::C64 {
        DType::F32
    } else {
        DType::F64
    };
    let n = size_or(size, t.shape[last] as i64)?;
    let mut out = kernel::r2c(&t.astype(real), last, n, scale(norm, n, true, c));
    for &(d, size) in rest.iter().rev() {
        let n = size_or(size, out.shape[d] as i64)?;
        out = c2c_dim(me, &out, d, n, true, norm);
    }
    finish(me, out)
}

/// `irfftn`/`irfft2`: ifft over all dims but the last, then irfft over the last (default size 2 * (m - 1)).
fn irfftn(me: &mut Interp, a: &[Value], default_dims: Option<&[i64]>) -> Res<Value> {
    let t = input(&a[0], "irfftn")?;
    let norm = norm_of(&a[3])?;
    let plan = plan_nd(me, &t, &a[1], &a[2], default_dims)?;
    let Some((&(last, size), rest)) = plan.split_last() else {
        return Err(runtime("irfftn must transform at least one axis"));
    };
    let c = complex_of(me, t.dtype());
    let mut t = t.astype(c);
    for &(d, size) in rest {
        let n = size_or(size, t.shape[d] as i64)?;
        t = c2c_dim(me, &t, d, n, false, norm);
    }
    let n = size_or(size, 2 * (t.shape[last] as i64 - 1))?;
    finish(me, kernel::c2r(&t, last, n, scale(norm, n, false, c)))
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
