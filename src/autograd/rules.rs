//! The backward rules: one table (an exhaustive match) giving each recorded op its PyTorch node name and the
//! gradients of its inputs, written with the differentiable ops so that gradients can be differentiated again.
//! Rules return gradients in the shape of the op's output where it broadcast; the engine sums them down.

use super::nn::{self, Reduction};
use super::ops::{self, *};
use super::{GResult, Input, Var};
use crate::tensor::ops::{CompareOp, UnaryOp};
use crate::tensor::Tensor;

/// PyTorch's name of a squeeze node by its overload: all length-1 axes, one axis, or a list of axes.
#[derive(Debug, Clone, Copy)]
pub enum SqueezeName {
    All,
    Dim,
    Dims,
}

/// A recorded op, with what its backward needs.
pub enum Rule {
    Add,
    Sub,
    /// `number - tensor`.
    Rsub,
    Mul(Var, Var),
    Div(Var, Var),
    /// `tensor ** number`.
    PowScalar(Var, Var),
    /// `tensor ** tensor`.
    Pow(Var, Var),
    /// `number ** tensor`.
    RPow(Var, Var),
    Maximum(Var, Var),
    Minimum(Var, Var),
    Unary(UnaryOp, Var),
    Sigmoid(Var),
    Relu(Var),
    /// Elementwise choice by a constant mask.
    Where(Tensor),
    ToCopy,
    Clone,
    Sum {
        dims: Vec<usize>,
        keepdim: bool,
        full: bool,
    },
    Mean {
        dims: Vec<usize>,
        keepdim: bool,
        full: bool,
        count: usize,
    },
    /// A reshape (its node name: ViewBackward0, UnsafeViewBackward0, ...).
    View(&'static str),
    Permute(Vec<usize>),
    /// Two axes swapped; `true` for `t()`.
    Transpose(usize, usize, bool),
    Expand,
    Unsqueeze(usize),
    Squeeze(SqueezeName),
    Select(usize, usize),
    Slice {
        dim: usize,
        start: usize,
        step: usize,
    },
    SelectBackward(usize, usize),
    SliceBackward {
        dim: usize,
        start: usize,
        step: usize,
    },
    Softmax(Var, usize),
    LogSoftmax(Var, usize),
    /// Limited to optional bounds.
    Clamp(Var, Option<f64>, Option<f64>),
    /// The max (true) or min of all elements: ties share the gradient.
    ExtremeAll(Var, bool),
    /// The max (true) or min along a dim: the gradient goes to the chosen index.
    ExtremeDim {
        dim: usize,
        keepdim: bool,
        index: Tensor,
        shape: Vec<usize>,
        max: bool,
    },
    /// A gradient scattered into zeros (the backward of `ExtremeDim`).
    IndexPut,
    /// Elements taken at flat positions (advanced indexing).
    Take(Tensor),
    /// The gradient of `Take`, differentiable for second derivatives.
    TakeBackward(Tensor),
    MseLoss(Var, Var, Reduction),
    NllLoss {
        target: Tensor,
        reduction: Reduction,
        ignore_index: i64,
        count: usize,
    },
    BinaryCrossEntropy(Var, Var, Reduction),
    BceWithLogits(Var, Var, Reduction),
    LeakyRelu(Var, f64),
    /// Joined along `dim` from inputs of these sizes along it.
    Cat {
        dim: usize,
        sizes: Vec<usize>,
    },
    /// Stacked along a new axis.
    Stack(usize),
    Dot(Var, Var),
    Mm(Var, Var),
    Mv(Var, Var),
    Bmm(Var, Var),
    /// Another op's rule under the name PyTorch gives this op's node (a split piece is a slice named
    /// SplitBackward0, a gather a take named GatherBackward0).
    Named(&'static str, Box<Rule>),
    /// A copy of input 0 with input 1 written or folded in at flat positions (scatter, index_put, ...); the
    /// input's values there were `replaced` (no gradient flows to them) or folded with the new ones.
    Put {
        positions: Tensor,
        replaced: bool,
        name: &'static str,
    },
}

impl Rule {
    /// `rule` shown under `name` (itself when that is already its name).
    pub fn named(name: &'static str, rule: Rule) -> Rule {
        if rule.name() == name {
            rule
        } else {
            Rule::Named(name, Box::new(rule))
        }
    }

    /// The node's class name as PyTorch prints it in `grad_fn=<...>`.
    pub fn name(&self) -> &'static str {
        use UnaryOp::*;
        match self {
            Rule::Add => "AddBackward0",
            Rule::Sub => "SubBackward0",
            Rule::Rsub => "RsubBackward1",
            Rule::Mul(..) => "MulBackward0",
            Rule::Div(..) => "DivBackward0",
            Rule::PowScalar(..) => "PowBackward0",
            Rule::Pow(..) => "PowBackward1",
            Rule::RPow(..) => "PowBackward2",
            Rule::Maximum(..) => "MaximumBackward0",
            Rule::Minimum(..) => "MinimumBackward0",
            Rule::Unary(op, _) => match op {
                Neg => "NegBackward0",
                Pos => "PositiveBackward0",
                Abs => "AbsBackward0",
                Sign => "SignBackward0",
                Sqrt => "SqrtBackward0",
                Square => "PowBackward0",
                Exp => "ExpBackward0",
                Exp2 => "Exp2Backward0",
                Expm1 => "Expm1Backward0",
                Log => "LogBackward0",
                Log2 => "Log2Backward0",
                Log10 => "Log10Backward0",
                Log1p => "Log1PBackward0",
                Sin => "SinBackward0",
                Cos => "CosBackward0",
                Tan => "TanBackward0",
                Arcsin => "AsinBackward0",
                Arccos => "AcosBackward0",
                Arctan => "AtanBackward0",
                Sinh => "SinhBackward0",
                Cosh => "CoshBackward0",
                Tanh => "TanhBackward0",
                Arcsinh => "AsinhBackward0",
                Arccosh => "AcoshBackward0",
                Arctanh => "AtanhBackward0",
                Deg2Rad => "Deg2RadBackward0",
                Rad2Deg => "Rad2DegBackward0",
                Floor => "FloorBackward0",
                Ceil => "CeilBackward0",
                Rint => "RoundBackward0",
                Trunc => "TruncBackward0",
                Reciprocal => "ReciprocalBackward0",
                // Not recorded (see `ops::unary`).
                Cbrt | Invert | BitwiseCount | LogicalNot | IsNan | IsInf | IsFinite | Signbit
                | Conj | Sinc => "NotDifferentiable",
            },
            Rule::Sigmoid(_) => "SigmoidBackward0",
            Rule::Relu(_) => "ReluBackward0",
            Rule::Where(_) => "WhereBackward0",
            Rule::ToCopy => "ToCopyBackward0",
            Rule::Clone => "CloneBackward0",
            Rule::Sum { full: true, .. } => "SumBackward0",
            Rule::Sum { .. } => "SumBackward1",
            Rule::Mean { full: true, .. } => "MeanBackward0",
            Rule::Mean { .. } => "MeanBackward1",
            Rule::View(name) => name,
            Rule::Permute(_) => "PermuteBackward0",
            Rule::Transpose(_, _, true) => "TBackward0",
            Rule::Transpose(..) => "TransposeBackward0",
            Rule::Expand => "ExpandBackward0",
            Rule::Unsqueeze(_) => "UnsqueezeBackward0",
            Rule::Squeeze(SqueezeName::All) => "SqueezeBackward0",
            Rule::Squeeze(SqueezeName::Dim) => "SqueezeBackward1",
            Rule::Squeeze(SqueezeName::Dims) => "SqueezeBackward4",
            Rule::Select(..) => "SelectBackward0",
            Rule::Slice { .. } => "SliceBackward0",
            Rule::SelectBackward(..) => "SelectBackwardBackward0",
            Rule::SliceBackward { .. } => "SliceBackwardBackward0",
            Rule::Softmax(..) => "SoftmaxBackward0",
            Rule::LogSoftmax(..) => "LogSoftmaxBackward0",
            Rule::Clamp(..) => "ClampBackward1",
            Rule::ExtremeAll(_, true) => "MaxBackward1",
            Rule::ExtremeAll(_, false) => "MinBackward1",
            Rule::ExtremeDim { max: true, .. } => "MaxBackward0",
            Rule::ExtremeDim { max: false, .. } => "MinBackward0",
            Rule::IndexPut => "IndexPutBackward0",
            Rule::Take(_) => "IndexBackward0",
            Rule::TakeBackward(_) => "IndexPutBackward0",
            Rule::MseLoss(..) => "MseLossBackward0",
            Rule::NllLoss { .. } => "NllLossBackward0",
            Rule::BinaryCrossEntropy(..) => "BinaryCrossEntropyBackward0",
            Rule::BceWithLogits(..) => "BinaryCrossEntropyWithLogitsBackward0",
            Rule::LeakyRelu(..) => "LeakyReluBackward0",
            Rule::Cat { .. } => "CatBackward0",
            Rule::Stack(_) => "StackBackward0",
            Rule::Dot(..) => "DotBackward0",
            Rule::Mm(..) => "MmBackward0",
            Rule::Mv(..) => "MvBackward0",
            Rule::Bmm(..) => "UnsafeViewBackward0",
            Rule::Named(name, _) | Rule::Put { name, .. } => name,
        }
    }

    /// The inputs PyTorch's node for the op saves (their in-place modification before backward is an error).
    pub fn saved_inputs(&self) -> Vec<&Var> {
        use UnaryOp::*;
        match self {
            // Each factor is kept only for the other's gradient (so `y.mul_(2)` on a recorded `y` can still
            // backward, as in PyTorch).
            Rule::Mul(a, b) => [(a, b), (b, a)]
                .into_iter()
                .filter(|(_, other)| other.requires_grad())
                .map(|(kept, _)| kept)
                .collect(),
            Rule::Div(a, b)
            | Rule::Pow(a, b)
            | Rule::Maximum(a, b)
            | Rule::Minimum(a, b)
            | Rule::Dot(a, b)
            | Rule::Mm(a, b)
            | Rule::Mv(a, b)
            | Rule::Bmm(a, b)
            | Rule::MseLoss(a, b, _)
            | Rule::BinaryCrossEntropy(a, b, _)
            | Rule::BceWithLogits(a, b, _) => vec![a, b],
            Rule::PowScalar(a, _)
            | Rule::Clamp(a, ..)
            | Rule::ExtremeAll(a, _)
            | Rule::LeakyRelu(a, _) => vec![a],
            Rule::RPow(_, b) => vec![b],
            Rule::Named(_, inner) => inner.saved_inputs(),
            // These keep their output instead (see `saves_output`), or nothing.
            Rule::Unary(Exp | Exp2 | Expm1 | Tanh | Sqrt | Reciprocal, _)
            | Rule::Unary(Neg | Pos | Sign | Floor | Ceil | Rint | Trunc | Deg2Rad | Rad2Deg, _)
            | Rule::Sigmoid(_)
            | Rule::Relu(_)
            | Rule::Softmax(..)
            | Rule::LogSoftmax(..) => vec![],
            Rule::Unary(_, a) => vec![a],
            Rule::Add
            | Rule::Sub
            | Rule::Rsub
            | Rule::Where(_)
            | Rule::ToCopy
            | Rule::Clone
            | Rule::Sum { .. }
            | Rule::Mean { .. }
            | Rule::View(_)
            | Rule::Permute(_)
            | Rule::Transpose(..)
            | Rule::Expand
            | Rule::Unsqueeze(_)
            | Rule::Squeeze(_)
            | Rule::Select(..)
            | Rule::Slice { .. }
            | Rule::SelectBackward(..)
            | Rule::SliceBackward { .. }
            | Rule::ExtremeDim { .. }
            | Rule::IndexPut
            | Rule::Take(_)
            | Rule::TakeBackward(_)
            | Rule::NllLoss { .. }
            | Rule::Cat { .. }
            | Rule::Put { .. }
            | Rule::Stack(_) => vec![],
        }
    }

    /// Whether PyTorch's node for the op saves its own output (exp, tanh, sigmoid, relu, softmax, ...).
    pub fn saves_output(&self) -> bool {
        use UnaryOp::*;
        if let Rule::Named(_, inner) = self {
            return inner.saves_output();
        }
        matches!(
            self,
            Rule::Unary(Exp | Exp2 | Expm1 | Tanh | Sqrt | Reciprocal, _)
                | Rule::Sigmoid(_)
                | Rule::Relu(_)
                | Rule::Softmax(..)
                | Rule::LogSoftmax(..)
                | Rule::RPow(..)
                | Rule::Pow(..)
        )
    }

    /// Whether the op's output is a view of its input (an in-place write to it would need PyTorch's CopySlices).
    pub fn is_view(&self) -> bool {
        if let Rule::Named(_, inner) = self {
            return inner.is_view();
        }
        matches!(
            self,
            Rule::View(_)
                | Rule::Permute(_)
                | Rule::Transpose(..)
                | Rule::Expand
                | Rule::Unsqueeze(_)
                | Rule::Squeeze(_)
                | Rule::Select(..)
                | Rule::Slice { .. }
        )
    }

    /// Whether the rule keeps tensors of the forward pass (a second backward through it after they were freed
    /// is PyTorch's "backward through the graph a second time" error; rules without saved tensors allow it).
    pub fn saves_tensors(&self) -> bool {
        !self.saved_inputs().is_empty()
            || self.saves_output()
            // Constant tensors: a mask, indices, class targets.
            || matches!(
                self,
                Rule::Where(_) | Rule::ExtremeDim { .. } | Rule::Take(_) | Rule::TakeBackward(_) | Rule::NllLoss { .. } | Rule::Put { .. }
            )
            || matches!(self, Rule::Named(_, inner) if inner.saves_tensors())
    }
}

/// `c * g` with `c` a number.
fn scaled(g: &Var, c: f64) -> GResult<Var> {
    mul_scalar(g, c)
}

/// The gradients of the inputs of a node with `rule`, given the gradient `g` of its output.
pub fn backward(rule: &Rule, g: &Var, inputs: &[Input]) -> GResult<Vec<Option<Var>>> {
    let one = |v: Var| Ok(vec![Some(v)]);
    let wants = |i: usize| inputs.get(i).is_some_and(|x| x.edge.is_some());
    match rule {
        Rule::Add => Ok(vec![Some(g.clone()), Some(g.clone())]),
        // `number - x` is recorded as Sub over (number, x): the same gradients, another name.
        Rule::Sub | Rule::Rsub => Ok(vec![Some(g.clone()), Some(neg(g)?)]),
        Rule::Mul(a, b) => Ok(vec![
            if wants(0) { Some(mul(g, b)?) } else { None },
            if wants(1) { Some(mul(g, a)?) } else { None },
        ]),
        Rule::Div(a, b) => Ok(vec![
            if wants(0) { Some(div(g, b)?) } else { None },
            if wants(1) {
                // -g * a / b^2
                Some(neg(&div(&mul(g, a)?, &mul(b, b)?)?)?)
            } else {
                None
            },
        ]),
        Rule::PowScalar(a, e) => {
            // g * e * a^(e-1); zero for a zero exponent (PyTorch's pow_backward).
            let c = e.t.get_c(0).0;
            if c == 0.0 {
                return one(zeros_like(g));
            }
            one(mul(g, &mul_scalar(&pow_scalar(a, c - 1.0)?, c)?)?)
        }
        Rule::Pow(a, b) => {
            let ga = if wants(0) {
                // g * b * a^(b-1), zero where b == 0.
                let bm1 = add_scalar(b, -1.0)?;
                let p = ops::binary(
                    crate::tensor::ops::BinaryOp::Pow,
                    a,
                    &bm1,
                    a.dtype(),
                    [false, false],
                )?;
                let v = mul(g, &mul(b, &p)?)?;
                let zero_exp = mask(CompareOp::Eq, b, &scalar(0.0, b.dtype()))?;
                Some(where_(&zero_exp, &zeros_like(&v), &v, v.dtype())?)
            } else {
                None
            };
            let gb = if wants(1) {
                Some(exponent_grad(g, a, b)?)
            } else {
                None
            };
            Ok(vec![ga, gb])
        }
        Rule::RPow(a, b) => Ok(vec![None, Some(exponent_grad(g, a, b)?)]),
        Rule::Maximum(a, b) | Rule::Minimum(a, b) => {
            // The larger (smaller) operand takes the gradient; ties split it in half.
            let pick = if matches!(rule, Rule::Maximum(..)) {
                CompareOp::Gt
            } else {
                CompareOp::Lt
            };
            let d = g.dtype();
            let wins_a = mask_as(&mask(pick, a, b)?, d);
            let wins_b = mask_as(&mask(pick, b, a)?, d);
            let tie = mul_scalar(&mask_as(&mask(CompareOp::Eq, a, b)?, d), 0.5)?;
            Ok(vec![
                Some(mul(g, &add(&wins_a, &tie)?)?),
                Some(mul(g, &add(&wins_b, &tie)?)?),
            ])
        }
        Rule::Unary(op, a) => one(unary_grad(*op, g, a)?),
        Rule::Sigmoid(a) => {
            let s = sigmoid(a)?;
            let one_minus = add_scalar(&neg(&s)?, 1.0)?;
            one(mul(g, &mul(&s, &one_minus)?)?)
        }
        Rule::Relu(a) => {
            let pos = mask(CompareOp::Gt, a, &scalar(0.0, a.dtype()))?;
            one(mul(g, &mask_as(&pos, g.dtype()))?)
        }
        Rule::Where(c) => {
            let z = zeros_like(g);
            Ok(vec![
                Some(where_(c, g, &z, g.dtype())?),
                Some(where_(c, &z, g, g.dtype())?),
            ])
        }
        Rule::ToCopy | Rule::Clone | Rule::Expand => one(g.clone()),
        Rule::Sum { dims, keepdim, .. } => one(spread(g, &inputs[0].shape, dims, *keepdim)?),
        Rule::Mean {
            dims,
            keepdim,
            count,
            ..
        } => {
            let s = spread(g, &inputs[0].shape, dims, *keepdim)?;
            one(scaled(&s, 1.0 / *count as f64)?)
        }
        Rule::View(_) | Rule::Squeeze(_) | Rule::Unsqueeze(_) => {
            one(reshape(&contiguous(g)?, &inputs[0].shape)?)
        }
        Rule::Permute(perm) => {
            let mut inv = vec![0; perm.len()];
            for (i, &p) in perm.iter().enumerate() {
                inv[p] = i;
            }
            one(permute(g, &inv)?)
        }
        Rule::Transpose(d0, d1, t) => one(transpose(g, *d0, *d1, *t)?),
        Rule::Select(dim, i) => one(select_backward(g, &inputs[0].shape, *dim, *i)?),
        Rule::Slice { dim, start, step } => {
            one(slice_backward(g, &inputs[0].shape, *dim, *start, *step)?)
        }
        Rule::SelectBackward(dim, i) => one(select(g, *dim, *i)?),
        Rule::SliceBackward { dim, start, step } => {
            let n = inputs[0].shape[*dim];
            one(slice(g, *dim, *start, *step, n)?)
        }
        Rule::Softmax(a, dim) => {
            let s = softmax(a, *dim)?;
            let dot = sum(&mul(g, &s)?, Some(&[*dim]), true, g.dtype())?;
            one(mul(
                &s,
                &binary(
                    crate::tensor::ops::BinaryOp::Sub,
                    g,
                    &dot,
                    g.dtype(),
                    [false, false],
                )?,
            )?)
        }
        Rule::LogSoftmax(a, dim) => {
            let p = apply(UnaryOp::Exp, &log_softmax(a, *dim)?)?;
            let total = sum(g, Some(&[*dim]), true, g.dtype())?;
            one(binary(
                crate::tensor::ops::BinaryOp::Sub,
                g,
                &mul(&p, &total)?,
                g.dtype(),
                [false, false],
            )?)
        }
        Rule::Clamp(a, lo, hi) => {
            // The gradient passes where the input is strictly within the bounds (PyTorch 2.15's clamp_backward).
            let d = g.dtype();
            let mut inside = Tensor::from_vec(vec![true; a.t.numel()], a.t.shape.clone());
            if let Some(lo) = lo {
                let m = mask(CompareOp::Gt, a, &scalar(*lo, a.dtype()))?;
                inside = crate::tensor::ops::compare(
                    CompareOp::And,
                    &inside,
                    &m,
                    crate::tensor::dtype::DType::Bool,
                )?;
            }
            if let Some(hi) = hi {
                let m = mask(CompareOp::Lt, a, &scalar(*hi, a.dtype()))?;
                inside = crate::tensor::ops::compare(
                    CompareOp::And,
                    &inside,
                    &m,
                    crate::tensor::dtype::DType::Bool,
                )?;
            }
            one(mul(g, &mask_as(&inside, d))?)
        }
        Rule::ExtremeAll(a, max) => {
            let v = extreme_all(a, *max)?;
            let hit = mask_as(&mask(CompareOp::Eq, a, &v)?, g.dtype());
            let count = hit.t.to_vec::<f64>().iter().sum::<f64>().max(1.0);
            one(mul(&hit, &mul_scalar(g, 1.0 / count)?)?)
        }
        Rule::ExtremeDim {
            dim,
            keepdim,
            index,
            shape,
            ..
        } => one(place_at_index(g, index, shape, *dim, *keepdim)?),
        Rule::Take(p) => one(take_backward(g, p, &inputs[0].shape)?),
        Rule::TakeBackward(p) => one(take(g, p)?),
        Rule::MseLoss(a, b, r) => {
            let (ga, gb) = nn::mse_backward(g, a, b, *r)?;
            Ok(vec![Some(ga), Some(gb)])
        }
        Rule::NllLoss {
            target,
            reduction,
            ignore_index,
            count,
        } => one(nn::nll_backward(
            g,
            &inputs[0].shape,
            target,
            *reduction,
            *ignore_index,
            *count,
        )?),
        Rule::BinaryCrossEntropy(x, y, r) | Rule::BceWithLogits(x, y, r) => {
            if wants(1) {
                return Err(super::GradError::NotImplemented(format!(
                    "{} with respect to the target",
                    rule.name()
                )));
            }
            let gx = if matches!(rule, Rule::BceWithLogits(..)) {
                nn::bce_logits_backward(g, x, y, *r)?
            } else {
                nn::bce_backward(g, x, y, *r)?
            };
            Ok(vec![Some(gx), None])
        }
        Rule::LeakyRelu(x, slope) => one(nn::leaky_relu_backward(g, x, *slope)?),
        Rule::IndexPut => Err(super::GradError::NotImplemented(
            "index_put (double backward of max/min along a dim)".into(),
        )),
        Rule::Cat { dim, sizes } => {
            let mut at = 0;
            let mut out = Vec::with_capacity(sizes.len());
            for &n in sizes {
                out.push(Some(slice(g, *dim, at, 1, n)?));
                at += n;
            }
            Ok(out)
        }
        Rule::Stack(dim) => (0..inputs.len())
            .map(|i| select(g, *dim, i).map(Some))
            .collect(),
        Rule::Dot(a, b) => Ok(vec![
            if wants(0) { Some(mul(g, b)?) } else { None },
            if wants(1) { Some(mul(g, a)?) } else { None },
        ]),
        Rule::Mv(a, v) => Ok(vec![
            if wants(0) {
                // outer(g, v)
                Some(mul(&unsqueeze(g, 1)?, &unsqueeze(v, 0)?)?)
            } else {
                None
            },
            if wants(1) {
                Some(mm_of(&mt(a)?, g)?)
            } else {
                None
            },
        ]),
        Rule::Named(_, inner) => backward(inner, g, inputs),
        Rule::Put {
            positions,
            replaced,
            ..
        } => super::index_ops::put_backward(g, positions, *replaced),
        Rule::Mm(a, b) | Rule::Bmm(a, b) => Ok(vec![
            if wants(0) {
                Some(mm_of(g, &mt(b)?)?)
            } else {
                None
            },
            if wants(1) {
                Some(mm_of(&mt(a)?, g)?)
            } else {
                None
            },
        ]),
    }
}

/// `x @ y` inside a backward rule (shapes are known to agree).
fn mm_of(x: &Var, y: &Var) -> GResult<Var> {
    ops::matmul(x, y, x.dtype()).map_err(|e| match e {
        MatmulFailure::Grad(e) => e,
        MatmulFailure::Shapes(e) => {
            super::GradError::Runtime(format!("internal: backward matmul {e:?}"))
        }
    })
}

/// A contiguous version of `g` (views of expanded or permuted gradients cannot always be reshaped in place).
fn contiguous(g: &Var) -> GResult<Var> {
    if g.t.is_contiguous() {
        Ok(g.clone())
    } else {
        clone(g)
    }
}

/// The gradient of a reduction over `dims`: `g` with the reduced axes put back (length 1), broadcast to `shape`.
fn spread(g: &Var, shape: &[usize], dims: &[usize], keepdim: bool) -> GResult<Var> {
    let g = if keepdim {
        g.clone()
    } else {
        let kept: Vec<usize> = (0..shape.len())
            .map(|d| if dims.contains(&d) { 1 } else { shape[d] })
            .collect();
        reshape(&contiguous(g)?, &kept)?
    };
    expand(&g, shape)
}

/// The gradient of `a ** b` for the exponent: `g * a^b * ln(a)`, zero where `a == 0` and `b >= 0`.
fn exponent_grad(g: &Var, a: &Var, b: &Var) -> GResult<Var> {
    let p = ops::binary(
        crate::tensor::ops::BinaryOp::Pow,
        a,
        b,
        g.dtype(),
        [false, false],
    )?;
    let v = mul(g, &mul(&p, &apply(UnaryOp::Log, &cast(a, g.dtype())?)?)?)?;
    let zero = scalar(0.0, g.dtype());
    let a_zero = mask(CompareOp::Eq, &cast(a, g.dtype())?, &zero)?;
    let b_nonneg = mask(CompareOp::Ge, &cast(b, g.dtype())?, &zero)?;
    let both = crate::tensor::ops::compare(
        CompareOp::And,
        &a_zero,
        &b_nonneg,
        crate::tensor::dtype::DType::Bool,
    )?;
    where_(&both, &zeros_like(&v), &v, v.dtype())
}

/// The derivative of an elementwise function times `g`.
fn unary_grad(op: UnaryOp, g: &Var, a: &Var) -> GResult<Var> {
    use UnaryOp::*;
    let a = &cast(a, g.dtype())?;
    let sq = |x: &Var| mul(x, x);
    Ok(match op {
        Neg => neg(g)?,
        Pos => g.clone(),
        Abs => mul(g, &apply(Sign, a)?)?,
        Sqrt => div(g, &mul_scalar(&apply(Sqrt, a)?, 2.0)?)?,
        Square => mul(g, &mul_scalar(a, 2.0)?)?,
        Exp => mul(g, &apply(Exp, a)?)?,
        Exp2 => mul(g, &mul_scalar(&apply(Exp2, a)?, std::f64::consts::LN_2)?)?,
        Expm1 => mul(g, &add_scalar(&apply(Expm1, a)?, 1.0)?)?,
        Log => div(g, a)?,
        Log2 => div(g, &mul_scalar(a, std::f64::consts::LN_2)?)?,
        Log10 => div(g, &mul_scalar(a, std::f64::consts::LN_10)?)?,
        Log1p => div(g, &add_scalar(a, 1.0)?)?,
        Sin => mul(g, &apply(Cos, a)?)?,
        Cos => mul(g, &neg(&apply(Sin, a)?)?)?,
        Tan => mul(g, &add_scalar(&sq(&apply(Tan, a)?)?, 1.0)?)?,
        Arcsin => div(g, &apply(Sqrt, &add_scalar(&neg(&sq(a)?)?, 1.0)?)?)?,
        Arccos => neg(&div(g, &apply(Sqrt, &add_scalar(&neg(&sq(a)?)?, 1.0)?)?)?)?,
        Arctan => div(g, &add_scalar(&sq(a)?, 1.0)?)?,
        Sinh => mul(g, &apply(Cosh, a)?)?,
        Cosh => mul(g, &apply(Sinh, a)?)?,
        Tanh => mul(g, &add_scalar(&neg(&sq(&apply(Tanh, a)?)?)?, 1.0)?)?,
        Arcsinh => div(g, &apply(Sqrt, &add_scalar(&sq(a)?, 1.0)?)?)?,
        Arccosh => div(g, &apply(Sqrt, &add_scalar(&sq(a)?, -1.0)?)?)?,
        Arctanh => div(g, &add_scalar(&neg(&sq(a)?)?, 1.0)?)?,
        Deg2Rad => mul_scalar(g, std::f64::consts::PI / 180.0)?,
        Rad2Deg => mul_scalar(g, 180.0 / std::f64::consts::PI)?,
        Reciprocal => neg(&div(g, &sq(a)?)?)?,
        Sign | Floor | Ceil | Rint | Trunc => zeros_like(g),
        Cbrt | Invert | BitwiseCount | LogicalNot | IsNan | IsInf | IsFinite | Signbit | Conj
        | Sinc => return Err(super::GradError::NotImplemented(op.name().into())),
    })
}
