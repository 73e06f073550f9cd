//! Differentiable ops of complex numbers (conjugate, real/imaginary views, argument, magnitude's direction) and
//! the helpers backward rules use for complex operands. Gradients follow PyTorch's convention: the gradient of a
//! real loss `L` with respect to `z = x + iy` is the conjugate Wirtinger derivative `dL/dx + i dL/dy`, so a rule
//! multiplies the incoming gradient by the conjugate of the holomorphic derivative, and a real input receives the
//! real part of a complex gradient.

use super::ops::{self, scalar, zeros_like};
use super::rules::Rule;
use super::{record, GResult, GradError, Var};
use crate::tensor::ops::{self as tops, BinaryOp, CompareOp, UnaryOp};

/// The complex conjugate (a real tensor is its own, and stays outside any new node, as PyTorch's `conj()`).
pub fn conj(a: &Var) -> GResult<Var> {
    if !a.dtype().is_complex() {
        return Ok(a.clone());
    }
    ops::unary(UnaryOp::Conj, a, a.dtype())
}

/// `torch.view_as_real`: a complex tensor as (real, imaginary) pairs along a new last axis (a view).
pub fn view_as_real(a: &Var) -> GResult<Var> {
    if !a.dtype().is_complex() {
        return Err(GradError::Runtime(
            "view_as_real is only supported for complex tensors".into(),
        ));
    }
    Ok(record(a.t.real_pairs(), &[a], || Rule::ViewAsReal))
}

/// `torch.view_as_complex`: a float tensor whose last axis holds (real, imaginary) pairs, as complex numbers
/// (a view; a gradient that is not laid out as one is copied first).
pub fn view_as_complex(a: &Var) -> GResult<Var> {
    let t = match a.t.complex_of_pairs() {
        Some(t) => t,
        None => a.t.copy().complex_of_pairs().ok_or_else(|| {
            GradError::Runtime("Tensor must have a last dimension of size 2".into())
        })?,
    };
    Ok(record(t, &[a], || Rule::ViewAsComplex))
}

/// `torch.complex(re, im)`: `re + i im` from float parts of one dtype (ComplexBackward0).
pub fn complex(re: &Var, im: &Var) -> GResult<Var> {
    let d = re.dtype().to_complex();
    let j = crate::tensor::Tensor::scalar(crate::tensor::element::C64::new(0.0, 1.0)).cast(d);
    let i = tops::binary(BinaryOp::Mul, &im.t.cast(d), &j, d)?;
    let out = tops::binary(BinaryOp::Add, &re.t.cast(d), &i, d)?;
    Ok(record(out, &[re, im], || Rule::ComplexOf))
}

/// The real (`imag == false`) or imaginary part of a complex tensor, as PyTorch records `z.real`/`z.imag`: a
/// select on `view_as_real`.
pub fn part(a: &Var, imag: bool) -> GResult<Var> {
    let pairs = view_as_real(a)?;
    ops::select(&pairs, pairs.t.ndim() - 1, imag as usize)
}

/// The real part of a gradient headed for a real input (a real gradient is its own).
pub fn real_part(g: &Var) -> GResult<Var> {
    if g.dtype().is_complex() {
        part(g, false)
    } else {
        Ok(g.clone())
    }
}

/// `torch.angle`: the argument `atan2(imag, real)` of complex numbers; for real input 0, or pi below zero
/// (NaN stays NaN), in the input's float dtype.
pub fn angle(a: &Var) -> GResult<Var> {
    let d = a.dtype();
    let out = if d.is_complex() {
        tops::binary(
            BinaryOp::Arctan2,
            &a.t.component(true),
            &a.t.component(false),
            d.real(),
        )?
    } else {
        let neg = tops::compare(
            CompareOp::Lt,
            &a.t,
            &crate::tensor::Tensor::scalar(0.0).cast(d),
            d,
        )?;
        let pi = tops::binary(
            BinaryOp::Mul,
            &neg.astype(d),
            &crate::tensor::Tensor::scalar(std::f64::consts::PI).cast(d),
            d,
        )?;
        // x * 0 keeps NaN where x is NaN (PyTorch's angle of a real NaN is NaN).
        let keep_nan = tops::binary(
            BinaryOp::Mul,
            &a.t,
            &crate::tensor::Tensor::scalar(0.0).cast(d),
            d,
        )?;
        tops::binary(BinaryOp::Add, &pi, &keep_nan, d)?
    };
    let sa = a.clone();
    Ok(record(out, &[a], move || Rule::Angle(sa)))
}

/// The gradient of `angle`: `g * i z / |z|^2` for complex `z` (zero at `z == 0`), zero for real input.
pub fn angle_backward(g: &Var, z: &Var) -> GResult<Var> {
    if !z.dtype().is_complex() {
        return Ok(zeros_like(g));
    }
    let d = z.dtype();
    let r2 = ops::cast(&ops::pow_scalar(&ops::apply(UnaryOp::Abs, z)?, 2.0)?, d)?;
    let i = Var::constant(
        crate::tensor::Tensor::scalar(crate::tensor::element::C64::new(0.0, 1.0)).cast(d),
    );
    let v = ops::mul(&ops::cast(g, d)?, &ops::div(&ops::mul(z, &i)?, &r2)?)?;
    let zero = ops::mask(CompareOp::Eq, z, &scalar(0.0, d))?;
    ops::where_(&zero, &zeros_like(&v), &v, d)
}

/// `z / |z|` (zero where `z == 0`): the gradient direction of `abs` for complex `z`.
pub fn sgn(z: &Var) -> GResult<Var> {
    let d = z.dtype();
    let r = ops::cast(&ops::apply(UnaryOp::Abs, z)?, d)?;
    let v = ops::div(z, &r)?;
    let zero = ops::mask(CompareOp::Eq, z, &scalar(0.0, d))?;
    ops::where_(&zero, &zeros_like(&v), &v, d)
}

/// The gradient of `view_as_real`: the pairs of `g` as complex numbers.
pub fn pairs_backward(g: &Var) -> GResult<Var> {
    view_as_complex(&super::rules::contiguous(g)?)
}
