//! `torch.nn.functional`: softmax and log_softmax, and the losses (mse, l1, nll, cross entropy, binary cross
//! entropy with and without logits), leaky_relu and one_hot; arguments nabla lacks are refused, not ignored.

use super::more::softmax;
use super::*;
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
];

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

fn reduction_arg(v: &Value) -> Res<crate::autograd::nn::Reduction> {
    let s = args::string(v, "reduction")?;
    crate::autograd::nn::Reduction::parse(&s).ok_or_else(|| {
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

fn cross_entropy(me: &mut Interp, a: &[Value]) -> Res<Value> {
    use crate::autograd::nn;
    let x = this(&a[0])?;
    let Some(target) = as_var(&a[1]) else {
        return Err(type_error(
            "cross_entropy(): argument 'target' must be Tensor",
        ));
    };
    if !matches!(a[2], Value::None) || args::float(&a[6])? != 0.0 {
        return Err(Exc::new(
            ExcType::NotImplementedError,
            "cross_entropy with weight= or label_smoothing= is not implemented in nabla yet",
        ));
    }
    let r = reduction_arg(&a[5])?;
    let ignore = args::int(&a[3], "ignore_index")?;
    let dim = if x.t.ndim() == 1 { 0 } else { 1 };
    let logp = aops::log_softmax(&x, dim).map_err(grad_error)?;
    let out = if target.dtype().is_float() {
        // Class probabilities: -(target * log_softmax).sum(dim), then reduced.
        let prod = aops::mul(&logp, &aops::cast(&target, x.dtype()).map_err(grad_error)?)
            .map_err(grad_error)?;
        let per = aops::neg(&aops::sum(&prod, Some(&[dim]), false, x.dtype()).map_err(grad_error)?)
            .map_err(grad_error)?;
        match r {
            nn::Reduction::None => Ok(per),
            nn::Reduction::Sum => aops::sum(&per, None, false, x.dtype()),
            nn::Reduction::Mean => aops::mean(&per, None, false),
        }
    } else {
        nn::nll_loss(&logp, &target.t, r, ignore)
    };
    wrap(me, out.map_err(grad_error)?)
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
            wrap(me, crate::autograd::nn::mse_loss(&x, &y, r).map_err(grad_error)?)
        },
    },
    Def {
        name: "l1_loss",
        sig: "input, target, size_average=None, reduce=None, reduction='mean', weight=None",
        doc: "The mean absolute error.\n\n>>> torch.nn.functional.l1_loss(torch.tensor([1.0, 2.0]), torch.tensor([1.0, 4.0]))\ntensor(1.)",
        func: |me, a| {
            use crate::autograd::nn::Reduction;
            unsupported("l1_loss", &[("size_average", &a[2]), ("reduce", &a[3]), ("weight", &a[5])])?;
            let (x, y) = loss_pair(&a[0], &a[1])?;
            let d = aops::binary(crate::tensor::ops::BinaryOp::Sub, &x, &y, x.dtype(), [false, false])
                .and_then(|d| aops::apply(crate::tensor::ops::UnaryOp::Abs, &d))
                .map_err(grad_error)?;
            let out = match reduction_arg(&a[4])? {
                Reduction::None => Ok(d),
                Reduction::Sum => aops::sum(&d, None, false, x.dtype()),
                Reduction::Mean => aops::mean(&d, None, false),
            };
            wrap(me, out.map_err(grad_error)?)
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
            unsupported("nll_loss", &[("weight", &a[2]), ("size_average", &a[3]), ("reduce", &a[5])])?;
            let r = reduction_arg(&a[6])?;
            let ignore = args::int(&a[4], "ignore_index")?;
            wrap(me, crate::autograd::nn::nll_loss(&x, &t.t, r, ignore).map_err(grad_error)?)
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
            unsupported("binary_cross_entropy", &[("weight", &a[2]), ("size_average", &a[3]), ("reduce", &a[4])])?;
            let (x, y) = loss_pair(&a[0], &a[1])?;
            let r = reduction_arg(&a[5])?;
            wrap(me, crate::autograd::nn::binary_cross_entropy(&x, &y, r).map_err(grad_error)?)
        },
    },
    Def {
        name: "binary_cross_entropy_with_logits",
        sig: "input, target, weight=None, size_average=None, reduce=None, reduction='mean', pos_weight=None",
        doc: "The binary cross entropy of sigmoid(input), computed stably.\n\n>>> torch.nn.functional.binary_cross_entropy_with_logits(torch.tensor([0.0]), torch.tensor([1.0]))\ntensor(0.6931)",
        func: |me, a| {
            unsupported(
                "binary_cross_entropy_with_logits",
                &[("weight", &a[2]), ("size_average", &a[3]), ("reduce", &a[4]), ("pos_weight", &a[6])],
            )?;
            let (x, y) = loss_pair(&a[0], &a[1])?;
            let r = reduction_arg(&a[5])?;
            wrap(me, crate::autograd::nn::bce_with_logits(&x, &y, r).map_err(grad_error)?)
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
