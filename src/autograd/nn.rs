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
/// skipping `ignore_index`: `NllLossBackward0`.
pub fn nll_loss(input: &Var, target: &Tensor, r: Reduction, ignore_index: i64) -> GResult<Var> {
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
    let x = input.t.contiguous().cast(DType::F64).to_vec::<f64>();
    let mut per = vec![0.0f64; n];
    let mut count = 0usize;
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
        per[i] = -x[i * c + t[i] as usize];
        count += 1;
    }
    let d = input.dtype();
    let out = match r {
        Reduction::None => {
            let shape = if input.t.ndim() == 1 { vec![] } else { vec![n] };
            Tensor::from_vec(per, shape).cast(d)
        }
        Reduction::Sum => Tensor::scalar(per.iter().sum::<f64>()).cast(d),
        Reduction::Mean => Tensor::scalar(per.iter().sum::<f64>() / count as f64).cast(d),
    };
    let tk = target.cast(DType::I64);
    Ok(record(out, &[input], move || Rule::NllLoss {
        target: tk,
        reduction: r,
        ignore_index,
        count,
    }))
}

/// The gradient of `nll_loss` for its input: `-g` (scaled for the mean) at each target class.
pub fn nll_backward(
    g: &Var,
    shape: &[usize],
    target: &Tensor,
    r: Reduction,
    ignore_index: i64,
    count: usize,
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
            Reduction::Mean => gv[0] / count as f64,
        };
        out[i * c + t[i] as usize] = -gi;
    }
    if g.requires_grad() {
        return Err(GradError::NotImplemented("nll_loss double backward".into()));
    }
    Ok(Var::constant(
        Tensor::from_vec(out, shape.to_vec()).cast(g.dtype()),
    ))
}

/// `-(y log p + (1 - y) log(1 - p))` with the logs floored at -100: `BinaryCrossEntropyBackward0`.
pub fn binary_cross_entropy(p: &Var, y: &Var, r: Reduction) -> GResult<Var> {
    let d = p.dtype();
    let out = with_grad_mode(false, || {
        let floor = |v: Var| clamp(&v, Some(-100.0), None);
        let lp = floor(apply(UnaryOp::Log, p)?)?;
        let l1p = floor(apply(UnaryOp::Log, &add_scalar(&neg(p)?, 1.0)?)?)?;
        let one_minus_y = add_scalar(&neg(y)?, 1.0)?;
        let v = neg(&add(&mul(y, &lp)?, &mul(&one_minus_y, &l1p)?)?)?;
        reduce_values(&v, r)
    })?;
    let (sp, sy) = (p.clone(), y.clone());
    Ok(record(out.t.cast(d), &[p, y], move || {
        Rule::BinaryCrossEntropy(sp, sy, r)
    }))
}

/// The gradient of `binary_cross_entropy` for `p`: `g (p - y) / max(p (1 - p), 1e-12)`.
pub fn bce_backward(g: &Var, p: &Var, y: &Var, r: Reduction) -> GResult<Var> {
    let g = unreduce(g, r, p.t.numel())?;
    let denom = clamp(&mul(p, &add_scalar(&neg(p)?, 1.0)?)?, Some(1e-12), None)?;
    let diff = binary(BinaryOp::Sub, p, y, p.dtype(), [false, false])?;
    mul(&g, &div(&diff, &denom)?)
}

/// `(1 - y) x + log(1 + exp(-x))`, computed stably: `BinaryCrossEntropyWithLogitsBackward0`.
pub fn bce_with_logits(x: &Var, y: &Var, r: Reduction) -> GResult<Var> {
    let out = with_grad_mode(false, || {
        // max_val = max(-x, 0); log(1 + exp(-x)) = max_val + log(exp(-max_val) + exp(-x - max_val)).
        let m = clamp(&neg(x)?, Some(0.0), None)?;
        let a = apply(UnaryOp::Exp, &neg(&m)?)?;
        let b = apply(
            UnaryOp::Exp,
            &binary(BinaryOp::Sub, &neg(x)?, &m, x.dtype(), [false, false])?,
        )?;
        let softplus = add(&m, &apply(UnaryOp::Log, &add(&a, &b)?)?)?;
        let one_minus_y = add_scalar(&neg(y)?, 1.0)?;
        let v = add(&mul(&one_minus_y, x)?, &softplus)?;
        reduce_values(&v, r)
    })?;
    let (sx, sy) = (x.clone(), y.clone());
    Ok(record(out.t, &[x, y], move || {
        Rule::BceWithLogits(sx, sy, r)
    }))
}

/// The gradient of `bce_with_logits` for `x`: `g (sigmoid(x) - y)`.
pub fn bce_logits_backward(g: &Var, x: &Var, y: &Var, r: Reduction) -> GResult<Var> {
    let g = unreduce(g, r, x.t.numel())?;
    let s = sigmoid(x)?;
    mul(
        &g,
        &binary(BinaryOp::Sub, &s, y, x.dtype(), [false, false])?,
    )
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
