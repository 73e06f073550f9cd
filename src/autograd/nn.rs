//! The differentiable functions of neural networks that PyTorch records as single nodes (losses, leaky_relu):
//! each computes its forward with the runtime outside the graph and records one rule from `rules`.

use super::ops::*;
use super::rules::Rule;
use super::{record, with_grad_mode, GResult, GradError, Var};
use crate::tensor::dtype::DType;
use crate::tensor::ops::{BinaryOp, CompareOp, UnaryOp};
use crate::tensor::Tensor;

/// How a loss reduces its per-element values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reduction {
    None,
    Mean,
    Sum,
}

impl Reduction {
    pub fn parse(s: &str) -> Option<Reduction> {
        match s {
            "none" => Some(Reduction::None),
            "mean" => Some(Reduction::Mean),
            "sum" => Some(Reduction::Sum),
            _ => None,
        }
    }
}

/// Reduce per-element losses (outside the graph).
fn reduce_values(v: &Var, r: Reduction) -> GResult<Var> {
    match r {
        Reduction::None => Ok(v.clone()),
        Reduction::Sum => sum(v, None, false, v.dtype()),
        Reduction::Mean => mean(v, None, false),
    }
}

/// Spread the gradient of a reduced loss back over its `n` elements (differentiable).
fn unreduce(g: &Var, r: Reduction, n: usize) -> GResult<Var> {
    match r {
        Reduction::None | Reduction::Sum => Ok(g.clone()),
        Reduction::Mean => mul_scalar(g, 1.0 / n.max(1) as f64),
    }
}

/// `mean((a - b)^2)` (or its sum, or the elements): `MseLossBackward0`.
pub fn mse_loss(a: &Var, b: &Var, r: Reduction) -> GResult<Var> {
    let out = with_grad_mode(false, || {
        let d = binary(BinaryOp::Sub, a, b, a.dtype(), [false, false])?;
        reduce_values(&mul(&d, &d)?, r)
    })?;
    let (sa, sb) = (a.clone(), b.clone());
    Ok(record(out.t, &[a, b], move || Rule::MseLoss(sa, sb, r)))
}

/// The gradients of `mse_loss` for `a` and `b`.
pub fn mse_backward(g: &Var, a: &Var, b: &Var, r: Reduction) -> GResult<(Var, Var)> {
    let d = binary(BinaryOp::Sub, a, b, a.dtype(), [false, false])?;
    let ga = mul_scalar(&mul(&unreduce(g, r, a.t.numel())?, &d)?, 2.0)?;
    Ok((ga.clone(), neg(&ga)?))
}

/// The negative log-likelihood of class indices `target` under log-probabilities `input` ((N, C) or (C,)),
/// each term scaled by its class's `weight` (1 when None), skipping `ignore_index`; the mean divides by the total
/// weight of the counted targets: `NllLossBackward0`.
pub fn nll_loss(
    input: &Var,
    target: &Tensor,
    weight: Option<&Tensor>,
    r: Reduction,
    ignore_index: i64,
) -> GResult<Var> {
    let (n, c) = match input.t.ndim() {
        1 => (1, input.t.shape[0]),
        2 => (input.t.shape[0], input.t.shape[1]),
        nd => {
            return Err(GradError::NotImplemented(format!(
                "nll_loss on {nd}-d input"
            )))
        }
    };
    let t = target.cast(DType::I64).to_vec::<i64>();
    if t.len() != n {
        return Err(GradError::Runtime(format!(
            "Expected input batch_size ({n}) to match target batch_size ({}).",
            t.len()
        )));
    }
    let w = match weight {
        Some(w) => w.cast(DType::F64).contiguous().to_vec::<f64>(),
        None => vec![1.0; c],
    };
    let x = input.t.contiguous().cast(DType::F64).to_vec::<f64>();
    let mut per = vec![0.0f64; n];
    let mut total = 0.0f64;
    for i in 0..n {
        if t[i] == ignore_index {
            continue;
        }
        if t[i] < 0 || t[i] as usize >= c {
            return Err(GradError::Index(format!(
                "Target {} is out of bounds.",
                t[i]
            )));
        }
        let wi = w[t[i] as usize];
        per[i] = -x[i * c + t[i] as usize] * wi;
        total += wi;
    }
    let d = input.dtype();
    let out = match r {
        Reduction::None => {
            let shape = if input.t.ndim() == 1 { vec![] } else { vec![n] };
            Tensor::from_vec(per, shape).cast(d)
        }
        Reduction::Sum => Tensor::scalar(per.iter().sum::<f64>()).cast(d),
        Reduction::Mean => Tensor::scalar(per.iter().sum::<f64>() / total).cast(d),
    };
    let tk = target.cast(DType::I64);
    Ok(record(out, &[input], move || Rule::NllLoss {
        target: tk,
        weight: w,
        reduction: r,
        ignore_index,
        total_weight: total,
    }))
}

/// The gradient of `nll_loss` for its input: `-g * weight` (divided by the total weight for the mean) at each
/// target class.
pub fn nll_backward(
    g: &Var,
    shape: &[usize],
    target: &Tensor,
    weight: &[f64],
    r: Reduction,
    ignore_index: i64,
    total_weight: f64,
) -> GResult<Var> {
    let (n, c) = if shape.len() == 1 {
        (1, shape[0])
    } else {
        (shape[0], shape[1])
    };
    let t = target.to_vec::<i64>();
    let gv = g.t.contiguous().cast(DType::F64).to_vec::<f64>();
    let mut out = vec![0.0f64; n * c];
    for i in 0..n {
        if t[i] == ignore_index {
            continue;
        }
        let gi = match r {
            Reduction::None => gv[i],
            Reduction::Sum => gv[0],
            Reduction::Mean => gv[0] / total_weight,
        };
        out[i * c + t[i] as usize] = -gi * weight[t[i] as usize];
    }
    if g.requires_grad() {
        return Err(GradError::NotImplemented("nll_loss double backward".into()));
    }
    Ok(Var::constant(
        Tensor::from_vec(out, shape.to_vec()).cast(g.dtype()),
    ))
}

/// The operands of a binary cross entropy: input, target, an optional per-element weight, and (for the logits
/// form) an optional weight of the positive class.
pub struct Bce {
    pub x: Var,
    pub y: Var,
    pub weight: Option<Var>,
    pub pos_weight: Option<Var>,
    pub r: Reduction,
}

impl Bce {
    /// The tensors the node keeps.
    pub fn saved(&self) -> Vec<&Var> {
        [
            Some(&self.x),
            Some(&self.y),
            self.weight.as_ref(),
            self.pos_weight.as_ref(),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    /// `v * weight` where a weight was given.
    fn weighted(&self, v: Var) -> GResult<Var> {
        match &self.weight {
            Some(w) => mul(&v, w),
            None => Ok(v),
        }
    }
}

/// `-w (y log p + (1 - y) log(1 - p))` with the logs floored at -100: `BinaryCrossEntropyBackward0`.
pub fn binary_cross_entropy(b: Bce) -> GResult<Var> {
    let (p, y) = (&b.x, &b.y);
    let d = p.dtype();
    let out = with_grad_mode(false, || {
        let floor = |v: Var| clamp(&v, Some(-100.0), None);
        let lp = floor(apply(UnaryOp::Log, p)?)?;
        let l1p = floor(apply(UnaryOp::Log1p, &neg(p)?)?)?;
        let v = binary(
            BinaryOp::Sub,
            &mul(&add_scalar(y, -1.0)?, &l1p)?,
            &mul(y, &lp)?,
            d,
            [false, false],
        )?;
        reduce_values(&b.weighted(v)?, b.r)
    })?;
    let (x, y) = (b.x.clone(), b.y.clone());
    Ok(record(out.t.cast(d), &[&x, &y], move || {
        Rule::BinaryCrossEntropy(Box::new(b))
    }))
}

/// The gradient of `binary_cross_entropy` for `p`: `g w (p - y) / max(p (1 - p), 1e-12)`.
pub fn bce_backward(g: &Var, b: &Bce) -> GResult<Var> {
    let p = &b.x;
    let g = unreduce(g, b.r, p.t.numel())?;
    let denom = clamp(&mul(p, &add_scalar(&neg(p)?, 1.0)?)?, Some(1e-12), None)?;
    let diff = binary(BinaryOp::Sub, p, &b.y, p.dtype(), [false, false])?;
    b.weighted(mul(&g, &div(&diff, &denom)?)?)
}

/// `(1 - y) x - lw log(sigmoid(x))` with `lw = (pos_weight - 1) y + 1` (1 without a pos_weight), times the
/// weight: `BinaryCrossEntropyWithLogitsBackward0`.
pub fn bce_with_logits(b: Bce) -> GResult<Var> {
    let (x, y) = (&b.x, &b.y);
    let out = with_grad_mode(false, || {
        let mut ls = super::activation::activation(super::activation::Act::LogSigmoid, x)?;
        if let Some(pw) = &b.pos_weight {
            ls = mul(&ls, &log_weight(pw, y)?)?;
        }
        let one_minus_y = add_scalar(&neg(y)?, 1.0)?;
        let v = binary(
            BinaryOp::Sub,
            &mul(&one_minus_y, x)?,
            &ls,
            x.dtype(),
            [false, false],
        )?;
        reduce_values(&b.weighted(v)?, b.r)
    })?;
    let (x, y) = (b.x.clone(), b.y.clone());
    Ok(record(out.t, &[&x, &y], move || {
        Rule::BceWithLogits(Box::new(b))
    }))
}

/// `(pos_weight - 1) y + 1`.
fn log_weight(pw: &Var, y: &Var) -> GResult<Var> {
    add_scalar(&mul(&add_scalar(pw, -1.0)?, y)?, 1.0)
}

/// The gradient of `bce_with_logits` for `x`: `g w (lw sigmoid(x) - pos_weight y)`, i.e. `g w (sigmoid(x) - y)`
/// without a pos_weight.
pub fn bce_logits_backward(g: &Var, b: &Bce) -> GResult<Var> {
    let (x, y) = (&b.x, &b.y);
    let g = unreduce(g, b.r, x.t.numel())?;
    let s = sigmoid(x)?;
    let d = match &b.pos_weight {
        Some(pw) => binary(
            BinaryOp::Sub,
            &mul(&log_weight(pw, y)?, &s)?,
            &mul(pw, y)?,
            x.dtype(),
            [false, false],
        )?,
        None => binary(BinaryOp::Sub, &s, y, x.dtype(), [false, false])?,
    };
    b.weighted(mul(&g, &d)?)
}

/// The Huber loss (`delta` its threshold), or the smooth L1 loss (`smooth`: the Huber loss divided by
/// `delta`, PyTorch's `beta`; plain L1 when it is 0).
pub struct Huber {
    pub a: Var,
    pub b: Var,
    pub delta: f64,
    pub smooth: bool,
    pub r: Reduction,
}

/// `0.5 d^2 / beta` where `|d| < beta`, else `|d| - 0.5 beta` (smooth L1), or `0.5 d^2` where `|d| < delta`, else
/// `delta (|d| - 0.5 delta)` (Huber), with `d = a - b`: `SmoothL1LossBackward0` / `HuberLossBackward0`.
pub fn huber_loss(h: Huber) -> GResult<Var> {
    let (a, b, delta) = (&h.a, &h.b, h.delta);
    let out = with_grad_mode(false, || {
        let d = binary(BinaryOp::Sub, a, b, a.dtype(), [false, false])?;
        let ad = apply(UnaryOp::Abs, &d)?;
        let near = mask(CompareOp::Lt, &ad, &scalar(delta, a.dtype()))?;
        let v = if h.smooth {
            let quad = if delta > 0.0 {
                mul_scalar(&mul(&d, &d)?, 0.5 / delta)?
            } else {
                zeros_like(&d)
            };
            where_(&near, &quad, &add_scalar(&ad, -0.5 * delta)?, a.dtype())?
        } else {
            let lin = mul_scalar(&add_scalar(&ad, -0.5 * delta)?, delta)?;
            where_(&near, &mul_scalar(&mul(&d, &d)?, 0.5)?, &lin, a.dtype())?
        };
        reduce_values(&v, h.r)
    })?;
    let (a, b) = (h.a.clone(), h.b.clone());
    Ok(record(out.t, &[&a, &b], move || Rule::Huber(Box::new(h))))
}

/// The gradients of `huber_loss` for `a` and `b`: `g clamp(d, -delta, delta)` (divided by `delta` for smooth L1,
/// `g sign(d)` when that is 0).
pub fn huber_backward(g: &Var, h: &Huber) -> GResult<(Var, Var)> {
    let d = binary(BinaryOp::Sub, &h.a, &h.b, h.a.dtype(), [false, false])?;
    let slope = if h.smooth && h.delta == 0.0 {
        apply(UnaryOp::Sign, &d)?
    } else if h.smooth {
        clamp(&mul_scalar(&d, 1.0 / h.delta)?, Some(-1.0), Some(1.0))?
    } else {
        clamp(&d, Some(-h.delta), Some(h.delta))?
    };
    let ga = mul(&unreduce(g, h.r, d.t.numel())?, &slope)?;
    Ok((ga.clone(), neg(&ga)?))
}

/// `x` where positive, else `slope * x`: `LeakyReluBackward0`.
pub fn leaky_relu(x: &Var, slope: f64) -> GResult<Var> {
    let out = with_grad_mode(false, || {
        let pos = mask(CompareOp::Gt, x, &scalar(0.0, x.dtype()))?;
        where_(&pos, x, &mul_scalar(x, slope)?, x.dtype())
    })?;
    let sx = x.clone();
    Ok(record(out.t, &[x], move || Rule::LeakyRelu(sx, slope)))
}

/// The gradient of `leaky_relu`: `g` where `x > 0`, else `slope * g`.
pub fn leaky_relu_backward(g: &Var, x: &Var, slope: f64) -> GResult<Var> {
    let pos = mask(CompareOp::Gt, x, &scalar(0.0, x.dtype()))?;
    where_(&pos, g, &mul_scalar(g, slope)?, g.dtype())
}
