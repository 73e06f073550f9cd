//! `torch.nn.functional`: softmax and log_softmax, normalize, pad and cosine_similarity, the losses (mse, l1,
//! smooth L1, Huber, nll, cross entropy, binary cross entropy with and without logits), leaky_relu and one_hot;
//! arguments nabla lacks are refused, not ignored.

use super::activations::cpp_number;
use super::more::softmax;
use super::*;
use crate::autograd::nn::{self as ann, Reduction};
use crate::autograd::ops as aops;
use crate::library::args;

/// `torch.nn.functional`.
pub const FUNCTIONAL: &[Def] = &[
    Def {
        name: "softmax",
        sig: "input, dim=None, _stacklevel=3, dtype=None",
        doc: "exp(x) / sum(exp(x)) along dim.\n\n>>> torch.nn.functional.softmax(torch.tensor([0.0, 0.0]), dim=0)\ntensor([0.5000, 0.5000])",
        func: |me, a| softmax(me, &[a[0].clone(), a[1].clone(), a[3].clone()], false),
    },
    Def {
        name: "log_softmax",
        sig: "input, dim=None, _stacklevel=3, dtype=None",
        doc: "log(softmax(x)) along dim.\n\n>>> torch.nn.functional.log_softmax(torch.tensor([0.0, 0.0]), dim=0)\ntensor([-0.6931, -0.6931])",
        func: |me, a| softmax(me, &[a[0].clone(), a[1].clone(), a[3].clone()], true),
    },
    Def {
        name: "normalize",
        sig: "input, p=2.0, dim=1, eps=1e-12, out=None",
        doc: "input divided by its p-norm along dim (at least eps).\n\n>>> torch.nn.functional.normalize(torch.tensor([[3.0, 4.0]]))\ntensor([[0.6000, 0.8000]])",
        func: |me, a| {
            unsupported("normalize", &[("out", &a[4])])?;
            let x = this(&a[0])?;
            norm_input(&x)?;
            let dim = super::shape::wrap_dim(args::int(&a[2], "dim")?, x.t.ndim())?;
            let n = vector_norm(&x, args::float(&a[1])?, dim)?;
            let denom = aops::clamp(&n, Some(args::float(&a[3])?), None)
                .and_then(|d| aops::expand(&d, &x.t.shape))
                .map_err(grad_error)?;
            wrap(me, aops::div(&x, &denom).map_err(grad_error)?)
        },
    },
    Def {
        name: "cosine_similarity",
        sig: "x1, x2, dim=1, eps=1e-08",
        doc: "The cosine of the angle between x1 and x2 along dim.\n\n>>> torch.nn.functional.cosine_similarity(torch.tensor([[1.0, 0.0]]), torch.tensor([[1.0, 1.0]]))\ntensor([0.7071])",
        func: |me, a| {
            let (Some(x1), Some(x2)) = (as_var(&a[0]), as_var(&a[1])) else {
                return Err(type_error("cosine_similarity(): argument 'x1' and 'x2' must be Tensor"));
            };
            let d = crate::tensor::dtype::promote(x1.dtype(), x2.dtype());
            let d = if d.is_float() { d } else { default_dtype(me) };
            let shape = crate::tensor::broadcast_shapes(&x1.t.shape, &x2.t.shape).map_err(|e| grad_error(e.into()))?;
            let eps = args::float(&a[3])?;
            let dim = super::shape::wrap_dim(args::int(&a[2], "dim")?, shape.len())?;
            // As ATen does: each operand divided by its norm (at least eps), then the dot.
            let unit = |x: &Var| -> crate::autograd::GResult<Var> {
                let x = aops::expand(&aops::cast(x, d)?, &shape)?;
                let n = aops::clamp(&vector_norm_g(&x, 2.0, dim)?, Some(eps), None)?;
                aops::div(&x, &n)
            };
            let out = unit(&x1)
                .and_then(|u1| Ok((u1, unit(&x2)?)))
                .and_then(|(u1, u2)| aops::sum(&aops::mul(&u1, &u2)?, Some(&[dim]), false, d))
                .map_err(grad_error)?;
            wrap(me, out)
        },
    },
    Def {
        name: "pad",
        sig: "input, pad, mode='constant', value=None",
        doc: "input padded with value (pad: amounts before and after, from the last dim back).\n\n>>> torch.nn.functional.pad(torch.tensor([1, 2]), (1, 2))\ntensor([0, 1, 2, 0, 0])",
        func: |me, a| {
            let x = this(&a[0])?;
            let amounts: Vec<i64> = me.collect(&a[1])?.iter().map(|v| args::int(v, "pad")).collect::<Res<_>>()?;
            if amounts.len() % 2 != 0 {
                return Err(Exc::new(ExcType::RuntimeError, "Padding length must be divisible by 2"));
            }
            if amounts.len() > 2 * x.t.ndim() {
                return Err(Exc::new(ExcType::RuntimeError, format!(
                    "Padding length should be less than or equal to two times the input dimension but got padding length {} and input of dimension {}",
                    amounts.len(), x.t.ndim()
                )));
            }
            match &*args::string(&a[2], "mode")? {
                "constant" => {}
                m @ ("reflect" | "replicate" | "circular") => {
                    return Err(Exc::new(ExcType::NotImplementedError, format!("F.pad with mode='{m}' is not implemented in nabla yet")))
                }
                m => return Err(Exc::new(ExcType::NotImplementedError, format!("Unrecognised padding mode {m}"))),
            }
            let value = match &a[3] {
                Value::None => 0.0,
                v => args::float(v)?,
            };
            let pairs: Vec<(i64, i64)> = amounts.chunks(2).map(|c| (c[0], c[1])).collect();
            wrap(me, aops::constant_pad(&x, &pairs, value).map_err(grad_error)?)
        },
    },
];

/// PyTorch's refusal of integer input to a norm.
fn norm_input(x: &Var) -> Res<()> {
    if x.dtype().is_float() || x.dtype().is_complex() {
        return Ok(());
    }
    Err(Exc::new(
        ExcType::NotImplementedError,
        format!(
            "linalg.vector_norm: Expected a floating point or complex tensor as input. Got {}",
            crate::autograd::tensor_type_word(x.dtype())
        ),
    ))
}

/// The `p`-norm of `x` along `dim`, keeping the axis.
fn vector_norm(x: &Var, p: f64, dim: usize) -> Res<Var> {
    vector_norm_g(x, p, dim).map_err(grad_error)
}

// TODO(lead): PyTorch records this as one LinalgVectorNormBackward0/NormBackward1 node; switch to the norm op once
// torch.norm exists as a differentiable op (the composition's gradient is NaN for an all-zero slice).
fn vector_norm_g(x: &Var, p: f64, dim: usize) -> crate::autograd::GResult<Var> {
    use crate::tensor::ops::UnaryOp;
    let a = aops::apply(UnaryOp::Abs, x)?;
    if p == f64::INFINITY || p == f64::NEG_INFINITY {
        return Ok(aops::extreme_dim(&a, dim, true, p > 0.0)?.0);
    }
    if p == 0.0 {
        return Err(crate::autograd::GradError::NotImplemented(
            "the 0-norm".into(),
        ));
    }
    let d = x.dtype();
    if p == 1.0 {
        return aops::sum(&a, Some(&[dim]), true, d);
    }
    let s = aops::sum(&aops::pow_scalar(&a, p)?, Some(&[dim]), true, d)?;
    aops::pow_scalar(&s, 1.0 / p)
}

/// Refuse arguments nabla does not implement yet rather than ignore them (`weight=`, `pos_weight=`, the legacy
/// `size_average=`/`reduce=`).
fn unsupported(what: &str, given: &[(&str, &Value)]) -> Res<()> {
    for (name, v) in given {
        if !matches!(v, Value::None) {
            return Err(Exc::new(
                ExcType::NotImplementedError,
                format!("{what} with {name}= is not implemented in nabla yet"),
            ));
        }
    }
    Ok(())
}

fn reduction_arg(v: &Value) -> Res<Reduction> {
    let s = args::string(v, "reduction")?;
    Reduction::parse(&s).ok_or_else(|| {
        Exc::new(
            ExcType::ValueError,
            format!("{s} is not a valid value for reduction"),
        )
    })
}

/// The operands of a loss: both tensors, the target cast to the input's dtype.
fn loss_pair(a: &Value, b: &Value) -> Res<(Var, Var)> {
    let (Some(x), Some(y)) = (as_var(a), as_var(b)) else {
        return Err(type_error("the input and target of a loss must be Tensors"));
    };
    let y = aops::cast(&y, x.dtype()).map_err(grad_error)?;
    Ok((x, y))
}

/// `torch.Size([2, 3])`, as PyTorch's Python-side messages write shapes.
fn size_text(shape: &[usize]) -> String {
    let dims: Vec<String> = shape.iter().map(|d| d.to_string()).collect();
    format!("torch.Size([{}])", dims.join(", "))
}

/// A class-weight argument: None, or a 1-d tensor with one weight per class (PyTorch's check and message; the
/// message of cross entropy with class probabilities starts with `prefix`).
fn class_weight(v: &Value, classes: usize, dtype: DType, prefix: &str) -> Res<Option<Var>> {
    let Some(w) = as_var(v) else {
        return match v {
            Value::None => Ok(None),
            _ => Err(type_error("weight must be a Tensor or None")),
        };
    };
    if w.t.ndim() != 1 || w.t.numel() != classes {
        let dims: Vec<String> = w.t.shape.iter().map(|d| d.to_string()).collect();
        return Err(Exc::new(
            ExcType::RuntimeError,
            format!(
                "{prefix}weight tensor should be defined either for all {classes} classes or no classes but got weight tensor of shape: [{}]",
                dims.join(", ")
            ),
        ));
    }
    if w.dtype() != dtype {
        return Err(Exc::new(
            ExcType::RuntimeError,
            format!(
                "expected scalar type {} but found {}",
                crate::autograd::tensor_type_word(dtype),
                crate::autograd::tensor_type_word(w.dtype())
            ),
        ));
    }
    Ok(Some(w))
}

/// The class weights viewed to broadcast along the class dim (dim 1 of an (N, C, ...) input).
fn weight_along_classes(w: &Var, ndim: usize) -> crate::autograd::GResult<Var> {
    if ndim <= 1 {
        return Ok(w.clone());
    }
    let mut shape = vec![1; ndim];
    shape[1] = w.t.numel();
    aops::reshape(w, &shape)
}

/// `per` reduced as a loss asks (`sum`/`mean` of all elements).
fn reduce(per: Var, r: Reduction) -> crate::autograd::GResult<Var> {
    match r {
        Reduction::None => Ok(per),
        Reduction::Sum => aops::sum(&per, None, false, per.dtype()),
        Reduction::Mean => aops::mean(&per, None, false),
    }
}

/// The class indices of a loss's target (int64 expected, as PyTorch's nll_loss kernels do).
fn class_target(t: &Var) -> Res<Tensor> {
    if t.dtype() != DType::I64 {
        return Err(Exc::new(
            ExcType::RuntimeError,
            format!(
                "expected scalar type Long but found {}",
                crate::autograd::tensor_type_word(t.dtype())
            ),
        ));
    }
    Ok(t.t.clone())
}

/// `F.cross_entropy` as ATen builds it: class probabilities (a float target shaped like the input) or class
/// indices, each with optional class weights and label smoothing.
fn cross_entropy(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = this(&a[0])?;
    let Some(target) = as_var(&a[1]) else {
        return Err(type_error(
            "cross_entropy(): argument 'target' must be Tensor",
        ));
    };
    let r = reduction_arg(&a[5])?;
    let ignore = args::int(&a[3], "ignore_index")?;
    let smoothing = args::float(&a[6])?;
    let dim = if x.t.ndim() == 1 { 0 } else { 1 };
    let classes = *x.t.shape.get(dim).ok_or_else(|| {
        Exc::new(
            ExcType::IndexError,
            "Dimension out of range (expected to be in range of [-1, 0], but got 1)",
        )
    })?;
    let probabilities = target.dtype().is_float() && target.t.shape == x.t.shape;
    let weight = class_weight(
        &a[2],
        classes,
        x.dtype(),
        if probabilities { "cross_entropy: " } else { "" },
    )?;
    let logp = aops::log_softmax(&x, dim).map_err(grad_error)?;
    let out = if probabilities {
        if smoothing > 0.0 && smoothing > 1.0 {
            return Err(smoothing_error(smoothing));
        }
        probability_cross_entropy(&logp, &target, weight.as_ref(), r, smoothing, classes)
    } else {
        if !(0.0..=1.0).contains(&smoothing) {
            return Err(smoothing_error(smoothing));
        }
        let t = class_target(&target)?;
        if smoothing > 0.0 {
            smoothed_cross_entropy(&logp, &t, weight.as_ref(), r, ignore, smoothing, classes)
        } else {
            ann::nll_loss(&logp, &t, weight.as_ref().map(|w| &w.t), r, ignore)
        }
    };
    wrap(me, out.map_err(grad_error)?)
}

fn smoothing_error(s: f64) -> Box<Exc> {
    Exc::new(
        ExcType::RuntimeError,
        format!(
            "label_smoothing must be between 0.0 and 1.0. Got: {}",
            cpp_number(s)
        ),
    )
}

/// `-(log_softmax * target [* weight]).sum()`, divided (for the mean) by the number of samples: ATen's graph
/// (DivBackward1 over NegBackward0 over SumBackward0 ...), so grad_fn names match.
fn probability_cross_entropy(
    logp: &Var,
    target: &Var,
    weight: Option<&Var>,
    r: Reduction,
    smoothing: f64,
    classes: usize,
) -> crate::autograd::GResult<Var> {
    let d = logp.dtype();
    let mut t = aops::cast(target, d)?;
    if smoothing > 0.0 {
        t = aops::add_scalar(
            &aops::mul_scalar(&t, 1.0 - smoothing)?,
            smoothing / classes as f64,
        )?;
    }
    let mut prod = aops::mul(logp, &t)?;
    if let Some(w) = weight {
        prod = aops::mul(&prod, &weight_along_classes(w, logp.t.ndim())?)?;
    }
    match r {
        Reduction::None => aops::neg(&aops::sum(
            &prod,
            Some(&[if logp.t.ndim() == 1 { 0 } else { 1 }]),
            false,
            d,
        )?),
        Reduction::Sum => aops::neg(&aops::sum(&prod, None, false, d)?),
        Reduction::Mean => {
            let total = aops::neg(&aops::sum(&prod, None, false, d)?)?;
            // An integer count of samples (numel / classes), as ATen divides by it.
            let samples = logp.t.numel() / classes.max(1);
            aops::scale(&total, samples as f64, true)
        }
    }
}

/// Cross entropy of class indices with label smoothing: `(1 - s) nll + s / C * smooth`, `smooth` the (weighted)
/// sum of -log_softmax over classes with ignored targets zeroed, reduced as ATen reduces it.
fn smoothed_cross_entropy(
    logp: &Var,
    target: &Tensor,
    weight: Option<&Var>,
    r: Reduction,
    ignore: i64,
    smoothing: f64,
    classes: usize,
) -> crate::autograd::GResult<Var> {
    let d = logp.dtype();
    let dim = if logp.t.ndim() == 1 { 0 } else { 1 };
    let nll = ann::nll_loss(logp, target, weight.map(|w| &w.t), r, ignore)?;
    let terms = match weight {
        Some(w) => aops::mul(logp, &weight_along_classes(w, logp.t.ndim())?)?,
        None => logp.clone(),
    };
    let smooth = aops::neg(&aops::sum(&terms, Some(&[dim]), false, d)?)?;
    let t = target.to_vec::<i64>();
    let ignored = Tensor::from_vec(
        t.iter().map(|&v| v == ignore).collect::<Vec<bool>>(),
        target.shape.clone(),
    );
    let smooth = aops::masked_fill(&smooth, &ignored, 0.0)?;
    let ret = match r {
        Reduction::None => smooth,
        Reduction::Sum => aops::sum(&smooth, None, false, d)?,
        Reduction::Mean => {
            // The weights of the counted targets (their count without weights).
            let w = weight.map(|w| w.t.cast(DType::F64).contiguous().to_vec::<f64>());
            let total: f64 = t
                .iter()
                .filter(|&&v| v != ignore)
                .map(|&v| {
                    w.as_ref()
                        .map_or(1.0, |w| w.get(v as usize).copied().unwrap_or(0.0))
                })
                .sum();
            aops::div(
                &aops::sum(&smooth, None, false, d)?,
                &aops::scalar(total, d),
            )?
        }
    };
    aops::add(
        &aops::scale(&nll, 1.0 - smoothing, false)?,
        &aops::scale(&ret, smoothing / classes as f64, false)?,
    )
}

/// `mean(|a - b|)` (or its sum, or the elements), composed as PyTorch composes it.
fn l1(x: &Var, y: &Var, r: Reduction) -> crate::autograd::GResult<Var> {
    let d = aops::binary(
        crate::tensor::ops::BinaryOp::Sub,
        x,
        y,
        x.dtype(),
        [false, false],
    )?;
    reduce(aops::apply(crate::tensor::ops::UnaryOp::Abs, &d)?, r)
}

/// A binary cross entropy's operands, with PyTorch's checks: the target shaped as the input (`message` says
/// how each form words it), weights broadcastable to it.
fn bce_operands(
    a: &[Value],
    weight: &Value,
    pos_weight: &Value,
    r: Reduction,
    message: fn(&[usize], &[usize]) -> String,
) -> Res<ann::Bce> {
    let (x, y) = loss_pair(&a[0], &a[1])?;
    if x.t.shape != y.t.shape {
        return Err(Exc::new(
            ExcType::ValueError,
            message(&y.t.shape, &x.t.shape),
        ));
    }
    let weight_of = |v: &Value, index: usize| -> Res<Option<Var>> {
        let Some(w) = as_var(v) else { return Ok(None) };
        let fits =
            crate::tensor::broadcast_shapes(&w.t.shape, &y.t.shape).is_ok_and(|s| s == y.t.shape);
        if index == 1 && !fits {
            let dims: Vec<String> = y.t.shape.iter().map(|d| d.to_string()).collect();
            return Err(Exc::new(ExcType::RuntimeError, format!(
                "Attempting to broadcast a dimension of length {} at -1! Mismatching argument at index 1 had {}; but expected shape should be broadcastable to [{}]",
                w.t.shape.last().copied().unwrap_or(1), size_text(&w.t.shape), dims.join(", ")
            )));
        }
        Ok(Some(aops::cast(&w, x.dtype()).map_err(grad_error)?))
    };
    Ok(ann::Bce {
        weight: weight_of(weight, 1)?,
        pos_weight: weight_of(pos_weight, 2)?,
        x,
        y,
        r,
    })
}

pub const LOSSES: &[Def] = &[
    Def {
        name: "mse_loss",
        sig: "input, target, size_average=None, reduce=None, reduction='mean', weight=None",
        doc: "The mean squared error.\n\n>>> torch.nn.functional.mse_loss(torch.tensor([1.0, 2.0]), torch.tensor([1.0, 4.0]))\ntensor(2.)",
        func: |me, a| {
            unsupported("mse_loss", &[("size_average", &a[2]), ("reduce", &a[3]), ("weight", &a[5])])?;
            let (x, y) = loss_pair(&a[0], &a[1])?;
            let r = reduction_arg(&a[4])?;
            wrap(me, ann::mse_loss(&x, &y, r).map_err(grad_error)?)
        },
    },
    Def {
        name: "l1_loss",
        sig: "input, target, size_average=None, reduce=None, reduction='mean', weight=None",
        doc: "The mean absolute error.\n\n>>> torch.nn.functional.l1_loss(torch.tensor([1.0, 2.0]), torch.tensor([1.0, 4.0]))\ntensor(1.)",
        func: |me, a| {
            unsupported("l1_loss", &[("size_average", &a[2]), ("reduce", &a[3]), ("weight", &a[5])])?;
            let (x, y) = loss_pair(&a[0], &a[1])?;
            wrap(me, l1(&x, &y, reduction_arg(&a[4])?).map_err(grad_error)?)
        },
    },
    Def {
        name: "smooth_l1_loss",
        sig: "input, target, size_average=None, reduce=None, reduction='mean', beta=1.0",
        doc: "The L1 loss with its corner at zero rounded off (quadratic below beta).\n\n>>> torch.nn.functional.smooth_l1_loss(torch.tensor([0.0, 0.0]), torch.tensor([0.5, 3.0]))\ntensor(1.3125)",
        func: |me, a| {
            unsupported("smooth_l1_loss", &[("size_average", &a[2]), ("reduce", &a[3])])?;
            let (x, y) = loss_pair(&a[0], &a[1])?;
            let (r, beta) = (reduction_arg(&a[4])?, args::float(&a[5])?);
            if beta < 0.0 {
                return Err(Exc::new(ExcType::RuntimeError, "smooth_l1_loss does not support negative values for beta."));
            }
            // PyTorch's own shortcut: beta 0 is the L1 loss.
            let out = if beta == 0.0 {
                l1(&x, &y, r)
            } else {
                ann::huber_loss(ann::Huber { a: x, b: y, delta: beta, smooth: true, r })
            };
            wrap(me, out.map_err(grad_error)?)
        },
    },
    Def {
        name: "huber_loss",
        sig: "input, target, reduction='mean', delta=1.0, weight=None",
        doc: "Squared error below delta, delta-scaled absolute error above.\n\n>>> torch.nn.functional.huber_loss(torch.tensor([0.0, 0.0]), torch.tensor([0.5, 3.0]))\ntensor(1.3125)",
        func: |me, a| {
            unsupported("huber_loss", &[("weight", &a[4])])?;
            let (x, y) = loss_pair(&a[0], &a[1])?;
            let (r, delta) = (reduction_arg(&a[2])?, args::float(&a[3])?);
            if delta <= 0.0 {
                return Err(Exc::new(ExcType::RuntimeError, "huber_loss does not support non-positive values for delta."));
            }
            wrap(me, ann::huber_loss(ann::Huber { a: x, b: y, delta, smooth: false, r }).map_err(grad_error)?)
        },
    },
    Def {
        name: "nll_loss",
        sig: "input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean'",
        doc: "The negative log-likelihood of class indices under log-probabilities.\n\n>>> torch.nn.functional.nll_loss(torch.tensor([[-1.0, -2.0]]), torch.tensor([0]))\ntensor(1.)",
        func: |me, a| {
            let x = this(&a[0])?;
            let Some(t) = as_var(&a[1]) else {
                return Err(type_error("nll_loss(): argument 'target' must be Tensor"));
            };
            unsupported("nll_loss", &[("size_average", &a[3]), ("reduce", &a[5])])?;
            let classes = if x.t.ndim() == 1 { x.t.shape[0] } else { x.t.shape.get(1).copied().unwrap_or(0) };
            let w = class_weight(&a[2], classes, x.dtype(), "")?;
            let r = reduction_arg(&a[6])?;
            let ignore = args::int(&a[4], "ignore_index")?;
            let t = class_target(&t)?;
            wrap(me, ann::nll_loss(&x, &t, w.as_ref().map(|w| &w.t), r, ignore).map_err(grad_error)?)
        },
    },
    Def {
        name: "cross_entropy",
        sig: "input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean', label_smoothing=0.0",
        doc: "log_softmax then nll_loss (class indices), or the cross entropy with class probabilities.\n\n>>> torch.nn.functional.cross_entropy(torch.tensor([[0.0, 0.0]]), torch.tensor([1]))\ntensor(0.6931)",
        func: |me, a| {
            unsupported("cross_entropy", &[("size_average", &a[3]), ("reduce", &a[5])])?;
            cross_entropy(me, &[a[0].clone(), a[1].clone(), a[2].clone(), a[4].clone(), Value::None, a[6].clone(), a[7].clone()])
        },
    },
    Def {
        name: "binary_cross_entropy",
        sig: "input, target, weight=None, size_average=None, reduce=None, reduction='mean'",
        doc: "The binary cross entropy of probabilities.\n\n>>> torch.nn.functional.binary_cross_entropy(torch.tensor([0.5]), torch.tensor([1.0]))\ntensor(0.6931)",
        func: |me, a| {
            unsupported("binary_cross_entropy", &[("size_average", &a[3]), ("reduce", &a[4])])?;
            let r = reduction_arg(&a[5])?;
            let b = bce_operands(&a, &a[2], &Value::None, r, |t, i| format!(
                "Using a target size ({}) that is different to the input size ({}) is deprecated. Please ensure they have the same size.",
                size_text(t), size_text(i)
            ))?;
            for (v, what) in [(&b.x, "input"), (&b.y, "target")] {
                let vals = v.t.cast(DType::F64).contiguous().to_vec::<f64>();
                if vals.iter().any(|p| !(0.0..=1.0).contains(p)) {
                    return Err(Exc::new(ExcType::RuntimeError, format!("all elements of {what} should be between 0 and 1")));
                }
            }
            wrap(me, ann::binary_cross_entropy(b).map_err(grad_error)?)
        },
    },
    Def {
        name: "binary_cross_entropy_with_logits",
        sig: "input, target, weight=None, size_average=None, reduce=None, reduction='mean', pos_weight=None",
        doc: "The binary cross entropy of sigmoid(input), computed stably.\n\n>>> torch.nn.functional.binary_cross_entropy_with_logits(torch.tensor([0.0]), torch.tensor([1.0]))\ntensor(0.6931)",
        func: |me, a| {
            unsupported("binary_cross_entropy_with_logits", &[("size_average", &a[3]), ("reduce", &a[4])])?;
            let r = reduction_arg(&a[5])?;
            let b = bce_operands(&a, &a[2], &a[6], r, |t, i| format!(
                "Target size ({}) must be the same as input size ({})",
                size_text(t), size_text(i)
            ))?;
            wrap(me, ann::bce_with_logits(b).map_err(grad_error)?)
        },
    },
    Def {
        name: "leaky_relu",
        sig: "input, negative_slope=0.01, inplace=False",
        doc: "x where positive, else negative_slope * x.\n\n>>> torch.nn.functional.leaky_relu(torch.tensor([-1.0, 2.0]))\ntensor([-0.0100,  2.0000])",
        func: |me, a| {
            let x = this(&a[0])?;
            let slope = args::float(&a[1])?;
            wrap(me, crate::autograd::nn::leaky_relu(&x, slope).map_err(grad_error)?)
        },
    },
    Def {
        name: "one_hot",
        sig: "tensor, num_classes=-1",
        doc: "Class indices as one-hot rows (int64).\n\n>>> torch.nn.functional.one_hot(torch.tensor([0, 2]))\ntensor([[1, 0, 0],\n        [0, 0, 1]])",
        func: |me, a| {
            let x = this(&a[0])?;
            if x.dtype() != DType::I64 {
                return Err(Exc::new(ExcType::RuntimeError, "one_hot is only applicable to index tensor of type LongTensor."));
            }
            let idx = x.t.contiguous().to_vec::<i64>();
            if idx.iter().any(|&i| i < 0) {
                return Err(Exc::new(ExcType::RuntimeError, "Class values must be non-negative."));
            }
            let max = idx.iter().copied().max().map_or(0, |m| m + 1);
            let c = match args::int(&a[1], "num_classes")? {
                -1 => max,
                n if n < max => return Err(Exc::new(ExcType::RuntimeError, "Class values must be smaller than num_classes.")),
                n => n,
            } as usize;
            let mut v = vec![0i64; idx.len() * c];
            for (i, &k) in idx.iter().enumerate() {
                v[i * c + k as usize] = 1;
            }
            let mut shape = x.t.shape.clone();
            shape.push(c);
            wrap(me, Var::constant(Tensor::from_vec(v, shape)))
        },
    },
];
