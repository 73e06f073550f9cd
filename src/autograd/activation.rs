//! The activation functions PyTorch records as one node each (gelu, elu, silu, softplus, hardtanh, ...): the
//! forward is an elementwise formula computed outside the graph, the backward is written with differentiable ops.

use super::ops::*;
use super::rules::Rule;
use super::{record, GResult, Var};
use crate::tensor::dtype::DType;
use crate::tensor::ops::{CompareOp, UnaryOp};
use crate::tensor::Tensor;

/// An activation and its parameters (each variant is one PyTorch autograd node).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Act {
    /// `x * Φ(x)`, or its tanh approximation.
    Gelu {
        tanh: bool,
    },
    /// `scale * x` for positive x, else `scale * alpha * (exp(input_scale * x) - 1)` (selu is elu with fixed
    /// constants, as in PyTorch).
    Elu {
        alpha: f64,
        scale: f64,
        input_scale: f64,
    },
    /// elu with `input_scale = 1 / alpha`, recorded under its own name.
    Celu {
        alpha: f64,
    },
    Silu,
    Mish,
    /// `log(1 + exp(beta x)) / beta`, linear above `threshold` (in `beta x`).
    Softplus {
        beta: f64,
        threshold: f64,
    },
    /// `x` clamped to `[min, max]` (relu6 is hardtanh(0, 6)).
    Hardtanh {
        min: f64,
        max: f64,
    },
    Hardswish,
    Hardsigmoid,
    LogSigmoid,
    Softshrink(f64),
    Hardshrink(f64),
}

const SQRT_2: f64 = std::f64::consts::SQRT_2;
/// `sqrt(2 / pi)`, the tanh approximation's scale.
const GELU_BETA: f64 = 0.797_884_560_802_865_4;
const GELU_KAPPA: f64 = 0.044715;
/// `1 / sqrt(2 pi)`, the normal density's constant.
const INV_SQRT_2PI: f64 = 0.398_942_280_401_432_7;

impl Act {
    /// The node's class name as PyTorch prints it.
    pub fn name(self) -> &'static str {
        match self {
            Act::Gelu { .. } => "GeluBackward0",
            Act::Elu { .. } => "EluBackward0",
            Act::Celu { .. } => "CeluBackward0",
            Act::Silu => "SiluBackward0",
            Act::Mish => "MishBackward0",
            Act::Softplus { .. } => "SoftplusBackward0",
            Act::Hardtanh { .. } => "HardtanhBackward0",
            Act::Hardswish => "HardswishBackward0",
            Act::Hardsigmoid => "HardsigmoidBackward0",
            Act::LogSigmoid => "LogSigmoidBackward0",
            Act::Softshrink(_) => "SoftshrinkBackward0",
            Act::Hardshrink(_) => "HardshrinkBackward0",
        }
    }

    /// The function at one point (in double precision; the result is rounded to the tensor's dtype).
    fn value(self, x: f64) -> f64 {
        let softplus = |z: f64| {
            // log(1 + exp(z)) without overflow.
            z.max(0.0) + (-z.abs()).exp().ln_1p()
        };
        match self {
            Act::Gelu { tanh: false } => x * 0.5 * (1.0 + libm::erf(x / SQRT_2)),
            Act::Gelu { tanh: true } => {
                0.5 * x * (1.0 + (GELU_BETA * (x + GELU_KAPPA * x * x * x)).tanh())
            }
            Act::Elu {
                alpha,
                scale,
                input_scale,
            } => elu(x, alpha, scale, input_scale),
            Act::Celu { alpha } => elu(x, alpha, 1.0, 1.0 / alpha),
            Act::Silu => x / (1.0 + (-x).exp()),
            Act::Mish => x * softplus(x).tanh(),
            Act::Softplus { beta, threshold } => {
                if x * beta > threshold {
                    x
                } else {
                    (x * beta).exp().ln_1p() / beta
                }
            }
            Act::Hardtanh { min, max } => {
                if x.is_nan() {
                    x
                } else {
                    x.max(min).min(max)
                }
            }
            Act::Hardswish => x * (x + 3.0).clamp(0.0, 6.0) / 6.0,
            Act::Hardsigmoid => (x + 3.0).clamp(0.0, 6.0) / 6.0,
            Act::LogSigmoid => -softplus(-x),
            Act::Softshrink(l) => {
                if x > l {
                    x - l
                } else if x < -l {
                    x + l
                } else {
                    x * 0.0
                }
            }
            Act::Hardshrink(l) => {
                if (-l..=l).contains(&x) {
                    0.0
                } else {
                    x
                }
            }
        }
    }
}

fn elu(x: f64, alpha: f64, scale: f64, input_scale: f64) -> f64 {
    if x > 0.0 {
        x * scale
    } else {
        (x * input_scale).exp_m1() * alpha * scale
    }
}

/// `act(x)` elementwise in `x`'s (floating) dtype, recorded as the activation's node.
pub fn activation(act: Act, x: &Var) -> GResult<Var> {
    let d = x.dtype();
    let out = if act == (Act::Gelu { tanh: false }) && d == DType::F32 {
        // PyTorch's float32 kernels round differently from the double-precision formula.
        crate::tensor::torch_math::gelu_f32(&x.t)
    } else {
        crate::tensor::kernel::map1::<f64, f64>(&x.t.cast(DType::F64), |v| act.value(v))?.cast(d)
    };
    let sx = x.clone();
    Ok(record(out, &[x], move || Rule::Act(act, sx)))
}

/// `x <op> c` as a mask.
fn cmp(op: CompareOp, x: &Var, c: f64) -> GResult<Tensor> {
    mask(op, x, &scalar(c, x.dtype()))
}

/// `g` where `keep` holds, else zero.
fn gate(g: &Var, keep: &Tensor) -> GResult<Var> {
    where_(keep, g, &zeros_like(g), g.dtype())
}

/// Both masks at once.
fn and(a: &Tensor, b: &Tensor) -> GResult<Tensor> {
    Ok(crate::tensor::ops::compare(
        CompareOp::And,
        a,
        b,
        DType::Bool,
    )?)
}

/// The gradient of `act` at `x` times `g` (differentiable, so it can be differentiated again).
pub fn backward(act: Act, g: &Var, x: &Var) -> GResult<Var> {
    let x = &cast(x, g.dtype())?;
    let one_minus = |v: &Var| add_scalar(&neg(v)?, 1.0);
    match act {
        Act::Gelu { tanh: false } => {
            // Φ(x) + x φ(x)
            let cdf = mul_scalar(
                &add_scalar(&apply(UnaryOp::Erf, &mul_scalar(x, 1.0 / SQRT_2)?)?, 1.0)?,
                0.5,
            )?;
            let pdf = mul_scalar(
                &apply(UnaryOp::Exp, &mul_scalar(&mul(x, x)?, -0.5)?)?,
                INV_SQRT_2PI,
            )?;
            mul(g, &add(&cdf, &mul(x, &pdf)?)?)
        }
        Act::Gelu { tanh: true } => {
            // t = tanh(beta (x + kappa x^3)): 0.5 (1 + t) + 0.5 x (1 - t^2) beta (1 + 3 kappa x^2)
            let x2 = mul(x, x)?;
            let inner = mul_scalar(&add(x, &mul_scalar(&mul(&x2, x)?, GELU_KAPPA)?)?, GELU_BETA)?;
            let t = apply(UnaryOp::Tanh, &inner)?;
            let left = mul_scalar(&add_scalar(&t, 1.0)?, 0.5)?;
            let dinner = mul_scalar(
                &add_scalar(&mul_scalar(&x2, 3.0 * GELU_KAPPA)?, 1.0)?,
                GELU_BETA,
            )?;
            let right = mul(
                &mul_scalar(x, 0.5)?,
                &mul(&one_minus(&mul(&t, &t)?)?, &dinner)?,
            )?;
            mul(g, &add(&left, &right)?)
        }
        Act::Elu {
            alpha,
            scale,
            input_scale,
        } => elu_grad(g, x, alpha, scale, input_scale),
        Act::Celu { alpha } => elu_grad(g, x, alpha, 1.0, 1.0 / alpha),
        Act::Silu => {
            // s (1 + x (1 - s))
            let s = sigmoid(x)?;
            mul(g, &mul(&s, &add_scalar(&mul(x, &one_minus(&s)?)?, 1.0)?)?)
        }
        Act::Mish => {
            // tanh(softplus(x)) + x sigmoid(x) (1 - tanh(softplus(x))^2)
            let sp = activation(
                Act::Softplus {
                    beta: 1.0,
                    threshold: 20.0,
                },
                x,
            )?;
            let t = apply(UnaryOp::Tanh, &sp)?;
            let rest = mul(&mul(x, &sigmoid(x)?)?, &one_minus(&mul(&t, &t)?)?)?;
            mul(g, &add(&t, &rest)?)
        }
        Act::Softplus { beta, threshold } => {
            let z = mul_scalar(x, beta)?;
            let linear = cmp(CompareOp::Gt, &z, threshold)?;
            where_(&linear, g, &mul(g, &sigmoid(&z)?)?, g.dtype())
        }
        Act::Hardtanh { min, max } => {
            let inside = and(&cmp(CompareOp::Gt, x, min)?, &cmp(CompareOp::Lt, x, max)?)?;
            gate(g, &inside)
        }
        Act::Hardswish => {
            let mid = mul(g, &add_scalar(&mul_scalar(x, 1.0 / 3.0)?, 0.5)?)?;
            let upper = where_(&cmp(CompareOp::Le, x, 3.0)?, &mid, g, g.dtype())?;
            gate(&upper, &cmp(CompareOp::Ge, x, -3.0)?)
        }
        Act::Hardsigmoid => {
            let inside = and(&cmp(CompareOp::Gt, x, -3.0)?, &cmp(CompareOp::Lt, x, 3.0)?)?;
            gate(&mul_scalar(g, 1.0 / 6.0)?, &inside)
        }
        Act::LogSigmoid => mul(g, &sigmoid(&neg(x)?)?),
        Act::Softshrink(l) | Act::Hardshrink(l) => {
            // The gradient passes outside [-l, l].
            let outside = crate::tensor::ops::compare(
                CompareOp::Or,
                &cmp(CompareOp::Lt, x, -l)?,
                &cmp(CompareOp::Gt, x, l)?,
                DType::Bool,
            )?;
            gate(g, &outside)
        }
    }
}

/// The gradient of elu: `scale` for positive x, else `scale alpha input_scale exp(input_scale x)`.
fn elu_grad(g: &Var, x: &Var, alpha: f64, scale: f64, input_scale: f64) -> GResult<Var> {
    let neg_part = mul_scalar(
        &apply(UnaryOp::Exp, &mul_scalar(x, input_scale)?)?,
        scale * alpha * input_scale,
    )?;
    let pos = cmp(CompareOp::Gt, x, 0.0)?;
    where_(&pos, &mul_scalar(g, scale)?, &mul(g, &neg_part)?, g.dtype())
}
