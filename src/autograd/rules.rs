//! The backward rules: one table (an exhaustive match) giving each recorded op its PyTorch node name and the
//! gradients of its inputs, written with the differentiable ops so that gradients can be differentiated again.
//! Rules return gradients in the shape of the op's output where it broadcast; the engine sums them down.

use super::activation::{self, Act};
use super::complex::{self as cplx, conj};
use super::nn::{self, Reduction};
use super::ops::{self, *};
use super::reductions as red;
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
    /// `a + alpha * b`.
    Add(f64),
    /// `a - alpha * b`.
    Sub(f64),
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
    /// Limited to optional bounds (named after the function that did it).
    Clamp(Var, Option<f64>, Option<f64>, ClampName),
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
        /// Each class's weight.
        weight: Vec<f64>,
        reduction: Reduction,
        ignore_index: i64,
        /// The sum of the weights of the counted targets (the mean's divisor).
        total_weight: f64,
    },
    BinaryCrossEntropy(Box<nn::Bce>),
    BceWithLogits(Box<nn::Bce>),
    /// The Huber or smooth L1 loss.
    Huber(Box<nn::Huber>),
    /// `tensor * number` (`div`: `tensor / number`) as ATen's own code computes it (MulBackward1/DivBackward1;
    /// a Python number is wrapped in a tensor instead, giving MulBackward0/DivBackward0).
    Scale {
        c: f64,
        div: bool,
    },
    /// Padding with a constant (negative amounts crop): (before, after) per padded dim, from the last dim back.
    ConstantPad(Vec<(i64, i64)>),
    /// Elements replaced by a constant where the mask is set.
    MaskedFill(Tensor),
    LeakyRelu(Var, f64),
    /// An activation PyTorch records as one node (gelu, elu, silu, softplus, hardtanh, ...).
    Act(Act, Var),
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
    // Elementwise ops of PyTorch's math library (autograd/elementwise.rs).
    /// `1 / sqrt(a)`.
    Rsqrt(Var),
    /// `a - trunc(a)`.
    Frac,
    /// `log(a / (1 - a))`, the input limited to `[eps, 1 - eps]` when eps is given.
    Logit(Var, Option<f64>),
    /// NaN and infinities replaced: the gradient passes where the input was finite.
    NanToNum(Var),
    /// Python's remainder `a - floor(a / b) * b`; the flag says `b` was a number.
    Remainder(Var, Var, bool),
    /// C's fmod `a - trunc(a / b) * b`; the flag says `b` was a number.
    Fmod(Var, Var, bool),
    Atan2(Var, Var),
    Hypot(Var, Var),
    /// Limited by tensor bounds.
    ClampTensor {
        a: Var,
        lo: Option<Var>,
        hi: Option<Var>,
        name: ClampName,
    },
    /// A result with a zero gradient everywhere, under this node name (rounded division, round with decimals,
    /// fill_, zero_).
    Zero(&'static str),
    // Reductions, scans and selections of `reductions.rs`.
    /// The product over a dim (all elements when None); the input and the result.
    Prod {
        x: Var,
        out: Var,
        dim: Option<usize>,
        keepdim: bool,
    },
    Cumsum(usize),
    /// The input and the dim.
    Cumprod(Var, usize),
    Flip(Vec<usize>),
    /// Values taken at `index` along `dim` (sort, topk, kthvalue, median along a dim): the gradient goes back
    /// to where they came from.
    Picked {
        name: &'static str,
        dim: usize,
        keepdim: bool,
        index: Tensor,
        shape: Vec<usize>,
    },
    /// A reduction whose result is one of the reduced elements, named `name` (amax, amin, median()): elements
    /// equal to it share the gradient evenly.
    Evenly {
        name: &'static str,
        x: Var,
        out: Var,
        dims: Vec<usize>,
        keepdim: bool,
    },
    /// The variance (or standard deviation, `std`) over dims.
    VarStd {
        x: Var,
        out: Var,
        dims: Vec<usize>,
        keepdim: bool,
        correction: f64,
        std: bool,
    },
    /// A vector norm of order `p` over dims.
    Norm {
        x: Var,
        out: Var,
        p: f64,
        dims: Vec<usize>,
        keepdim: bool,
    },
    Nansum {
        x: Var,
        dims: Vec<usize>,
        keepdim: bool,
    },
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
    /// A linear-algebra op (`autograd/linalg.rs`), some with several outputs.
    Linalg(Box<super::linalg::LinalgRule>),
    /// An op PyTorch records but cannot differentiate (`unique`): its node name and ATen op name.
    Undefined {
        name: &'static str,
        op: &'static str,
    },
    // Complex numbers and torch.fft (autograd/complex.rs, autograd/fft.rs).
    /// The complex conjugate.
    Conj,
    /// A complex tensor seen as (real, imaginary) pairs along a new last axis.
    ViewAsReal,
    /// Pairs along the last axis seen as complex numbers.
    ViewAsComplex,
    /// The argument of complex numbers (of a real input: 0 or pi).
    Angle(Var),
    /// A complex tensor from its real and imaginary parts.
    ComplexOf,
    /// Complex transforms along `dims`, the one along `dims[i]` scaled by `scales[i]`.
    FftC2C {
        dims: Vec<usize>,
        forward: bool,
        scales: Vec<f64>,
    },
    /// A real-to-complex transform of `n` points along the last of `dims` (its non-negative frequencies only
    /// when `onesided`), then complex ones along the others.
    FftR2C {
        dims: Vec<usize>,
        scales: Vec<f64>,
        onesided: bool,
        n: usize,
    },
    /// Complex inverse transforms along all of `dims` but the last, then complex-to-real along it.
    FftC2R {
        dims: Vec<usize>,
        scales: Vec<f64>,
    },
}

/// Which function limited a tensor: PyTorch names the node after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClampName {
    Clamp,
    Min,
    Max,
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
            Rule::Add(_) => "AddBackward0",
            Rule::Sub(_) => "SubBackward0",
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
                Erf => "ErfBackward0",
                Erfc => "ErfcBackward0",
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
            Rule::Clamp(.., ClampName::Clamp) => "ClampBackward1",
            Rule::Clamp(.., ClampName::Min) => "ClampMinBackward0",
            Rule::Clamp(.., ClampName::Max) => "ClampMaxBackward0",
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
            Rule::Huber(h) if h.smooth => "SmoothL1LossBackward0",
            Rule::Huber(_) => "HuberLossBackward0",
            Rule::Scale { div: false, .. } => "MulBackward1",
            Rule::Scale { div: true, .. } => "DivBackward1",
            Rule::ConstantPad(_) => "ConstantPadNdBackward0",
            Rule::MaskedFill(_) => "MaskedFillBackward0",
            Rule::LeakyRelu(..) => "LeakyReluBackward0",
            Rule::Act(act, _) => act.name(),
            Rule::Cat { .. } => "CatBackward0",
            Rule::Stack(_) => "StackBackward0",
            Rule::Dot(..) => "DotBackward0",
            Rule::Mm(..) => "MmBackward0",
            Rule::Mv(..) => "MvBackward0",
            Rule::Bmm(..) => "UnsafeViewBackward0",
            Rule::Rsqrt(_) => "RsqrtBackward0",
            Rule::Frac => "FracBackward0",
            Rule::Logit(..) => "LogitBackward0",
            Rule::NanToNum(_) => "NanToNumBackward0",
            Rule::Remainder(.., true) => "RemainderBackward0",
            Rule::Remainder(..) => "RemainderBackward1",
            Rule::Fmod(.., true) => "FmodBackward0",
            Rule::Fmod(..) => "FmodBackward1",
            Rule::Atan2(..) => "Atan2Backward0",
            Rule::Hypot(..) => "HypotBackward0",
            Rule::ClampTensor { name, .. } => match name {
                ClampName::Clamp => "ClampBackward0",
                ClampName::Min => "ClampMinBackward1",
                ClampName::Max => "ClampMaxBackward1",
            },
            Rule::Zero(name) => name,
            Rule::Prod { dim: None, .. } => "ProdBackward0",
            Rule::Prod { .. } => "ProdBackward1",
            Rule::Cumsum(_) => "CumsumBackward0",
            Rule::Cumprod(..) => "CumprodBackward0",
            Rule::Flip(_) => "FlipBackward0",
            Rule::Picked { name, .. } => name,
            Rule::Evenly { name, .. } => name,
            Rule::VarStd { std: true, .. } => "StdBackward0",
            Rule::VarStd { .. } => "VarBackward0",
            Rule::Norm { .. } => "LinalgVectorNormBackward0",
            Rule::Nansum { .. } => "NansumBackward0",
            Rule::Named(name, _) | Rule::Put { name, .. } | Rule::Undefined { name, .. } => name,
            // torch.fft and complex numbers
            Rule::Conj => "ConjBackward0",
            Rule::ViewAsReal => "ViewAsRealBackward0",
            Rule::ViewAsComplex => "ViewAsComplexBackward0",
            Rule::Angle(_) => "AngleBackward0",
            Rule::ComplexOf => "ComplexBackward0",
            Rule::FftC2C { .. } => "FftC2CBackward0",
            Rule::FftR2C { .. } => "FftR2CBackward0",
            Rule::FftC2R { .. } => "FftC2RBackward0",
            Rule::Linalg(l) => l.name(),
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
            | Rule::Remainder(a, b, false)
            | Rule::Fmod(a, b, false)
            | Rule::Atan2(a, b)
            | Rule::Hypot(a, b) => vec![a, b],
            Rule::Logit(a, _) | Rule::NanToNum(a) => vec![a],
            Rule::ClampTensor { a, lo, hi, .. } => std::iter::once(a)
                .chain(lo.iter())
                .chain(hi.iter())
                .collect(),
            Rule::Rsqrt(_) | Rule::Frac | Rule::Remainder(..) | Rule::Fmod(..) | Rule::Zero(_) => {
                vec![]
            }
            Rule::BinaryCrossEntropy(b) | Rule::BceWithLogits(b) => b.saved(),
            Rule::Huber(h) => vec![&h.a, &h.b],
            Rule::PowScalar(a, _)
            | Rule::Clamp(a, ..)
            | Rule::ExtremeAll(a, _)
            | Rule::LeakyRelu(a, _)
            | Rule::Act(_, a)
            | Rule::Prod { x: a, .. }
            | Rule::Cumprod(a, _)
            | Rule::Evenly { x: a, .. }
            | Rule::VarStd { x: a, .. }
            | Rule::Norm { x: a, .. }
            | Rule::Nansum { x: a, .. }
            | Rule::Angle(a) => vec![a],
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
            Rule::Add(_)
            | Rule::Sub(_)
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
            | Rule::Scale { .. }
            | Rule::ConstantPad(_)
            | Rule::MaskedFill(_)
            | Rule::Cat { .. }
            | Rule::Stack(_)
            | Rule::Cumsum(_)
            | Rule::Flip(_)
            | Rule::Picked { .. }
            | Rule::Put { .. }
            | Rule::Undefined { .. }
            | Rule::Conj
            | Rule::ComplexOf
            | Rule::ViewAsReal
            | Rule::ViewAsComplex
            | Rule::FftC2C { .. }
            | Rule::FftR2C { .. }
            | Rule::FftC2R { .. } => vec![],
            Rule::Linalg(l) => l.saved_inputs(),
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
                | Rule::Rsqrt(_)
                | Rule::Hypot(..)
        )
    }

    /// Whether the backward rule is right for complex tensors (the conjugate Wirtinger convention); the others
    /// refuse complex gradients rather than give wrong ones.
    pub fn complex_ready(&self) -> bool {
        use Rule::*;
        if self.is_view() {
            return true;
        }
        match self {
            Named(_, inner) => inner.complex_ready(),
            // Linear with real coefficients: the gradient passes as it is.
            Add(_) | Sub(_) | Rsub | Where(_) | ToCopy | Clone | Sum { .. } | Mean { .. } => true,
            SelectBackward(..) | SliceBackward { .. } | Take(_) | TakeBackward(_) => true,
            Scale { .. } | ConstantPad(_) | MaskedFill(_) | Cat { .. } => true,
            Stack(_) | Cumsum(_) | Flip(_) | Zero(_) | Put { .. } | Conj | ComplexOf => true,
            FftC2C { .. } | FftR2C { .. } | FftC2R { .. } => true,
            // Products and holomorphic functions (conjugated), |z| and arg z.
            Mul(..) | Div(..) | PowScalar(..) | Pow(..) | RPow(..) | Unary(..) | Angle(_) => true,
            Dot(..) | Mm(..) | Mv(..) | Bmm(..) => true,
            _ => false,
        }
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
                | Rule::ViewAsReal
                | Rule::ViewAsComplex
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
                Rule::Where(_)
                    | Rule::ExtremeDim { .. }
                    | Rule::Take(_)
                    | Rule::TakeBackward(_)
                    | Rule::NllLoss { .. }
                    | Rule::MaskedFill(_)
                    | Rule::Picked { .. }
                    | Rule::Put { .. }
            )
            || matches!(self, Rule::Named(_, inner) if inner.saves_tensors())
    }
}

/// `c * g` with `c` a number.
fn scaled(g: &Var, c: f64) -> GResult<Var> {
    mul_scalar(g, c)
}

/// The gradients of the inputs of a node with `rule`, given the gradients of its outputs (None for an output
/// that received none; a single-output node runs only once its output has one).
pub fn backward_outputs(
    rule: &Rule,
    grads: &[Option<Var>],
    inputs: &[Input],
) -> GResult<Vec<Option<Var>>> {
    match (rule, grads) {
        (Rule::Linalg(l), _) => super::linalg::backward(l, grads),
        (_, [Some(g)]) => backward(rule, g, inputs),
        _ => Ok(inputs.iter().map(|_| None).collect()),
    }
}

/// The gradients of the inputs of a node with `rule`, given the gradient `g` of its output.
pub fn backward(rule: &Rule, g: &Var, inputs: &[Input]) -> GResult<Vec<Option<Var>>> {
    let one = |v: Var| Ok(vec![Some(v)]);
    let wants = |i: usize| inputs.get(i).is_some_and(|x| x.edge.is_some());
    // The gradient of input `i`, computed only when something receives it.
    let maybe = |i: usize, f: &dyn Fn() -> GResult<Var>| -> GResult<Option<Var>> {
        if wants(i) {
            f().map(Some)
        } else {
            Ok(None)
        }
    };
    if !rule.complex_ready()
        && (g.dtype().is_complex() || inputs.iter().any(|i| i.dtype.is_complex()))
    {
        return Err(super::GradError::NotImplemented(format!(
            "{} of complex tensors",
            rule.name()
        )));
    }
    // Products take the conjugate of the other factor (PyTorch's conjugate Wirtinger convention); a real
    // factor is its own conjugate.
    match rule {
        Rule::Add(alpha) => Ok(vec![Some(g.clone()), Some(scaled(g, *alpha)?)]),
        Rule::Sub(alpha) => Ok(vec![Some(g.clone()), Some(scaled(g, -*alpha)?)]),
        // `number - x` is recorded as Sub over (number, x): the same gradients, another name.
        Rule::Rsub => Ok(vec![Some(g.clone()), Some(neg(g)?)]),
        Rule::Mul(a, b) => Ok(vec![
            if wants(0) {
                Some(mul(g, &conj(b)?)?)
            } else {
                None
            },
            if wants(1) {
                Some(mul(g, &conj(a)?)?)
            } else {
                None
            },
        ]),
        Rule::Div(a, b) => {
            let (a, b) = (&conj(a)?, &conj(b)?);
            Ok(vec![
                if wants(0) { Some(div(g, b)?) } else { None },
                if wants(1) {
                    // -g * a / b^2
                    Some(neg(&div(&mul(g, a)?, &mul(b, b)?)?)?)
                } else {
                    None
                },
            ])
        }
        Rule::PowScalar(a, e) => {
            // g * e * a^(e-1); zero for a zero exponent (PyTorch's pow_backward).
            let (c, c_imag) = e.t.get_c(0);
            if c_imag != 0.0 {
                return Err(super::GradError::NotImplemented(
                    "pow with a complex exponent".into(),
                ));
            }
            if c == 0.0 {
                return one(zeros_like(g));
            }
            one(mul(g, &mul_scalar(&pow_scalar(&conj(a)?, c - 1.0)?, c)?)?)
        }
        Rule::Pow(a, b) => {
            let (a, b) = (&conj(a)?, &conj(b)?);
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
        Rule::RPow(a, b) => Ok(vec![None, Some(exponent_grad(g, &conj(a)?, &conj(b)?)?)]),
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
        // torch.fft and complex numbers
        Rule::Conj => one(conj(g)?),
        Rule::ViewAsReal => one(cplx::pairs_backward(g)?),
        Rule::ViewAsComplex => one(cplx::view_as_real(g)?),
        Rule::Angle(z) => one(cplx::angle_backward(g, z)?),
        Rule::ComplexOf => Ok(vec![Some(cplx::real_part(g)?), Some(cplx::part(g, true)?)]),
        Rule::FftC2C {
            dims,
            forward,
            scales,
        } => one(super::fft::c2c_backward(g, dims, *forward, scales)?),
        Rule::FftR2C {
            dims,
            scales,
            onesided,
            n,
        } => one(super::fft::r2c_backward(g, dims, scales, *onesided, *n)?),
        Rule::FftC2R { dims, scales } => one(super::fft::c2r_backward(g, dims, scales)?),
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
        Rule::Clamp(a, lo, hi, _) => {
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
        }
        | Rule::Picked {
            dim,
            keepdim,
            index,
            shape,
            ..
        } => one(place_at_index(g, index, shape, *dim, *keepdim)?),
        Rule::Prod {
            x,
            out,
            dim,
            keepdim,
        } => one(red::prod_backward(g, x, out, *dim, *keepdim)?),
        Rule::Cumsum(dim) => one(red::cumsum_backward(g, *dim)?),
        Rule::Cumprod(x, dim) => one(red::cumprod_backward(g, x, *dim)?),
        Rule::Flip(dims) => one(red::flip(g, dims)?),
        Rule::Evenly {
            x,
            out,
            dims,
            keepdim,
            ..
        } => one(red::evenly(g, x, out, dims, *keepdim)?),
        Rule::VarStd {
            x,
            out,
            dims,
            keepdim,
            correction,
            std,
        } => one(red::var_std_backward(
            g,
            x,
            out,
            dims,
            *keepdim,
            *correction,
            *std,
        )?),
        Rule::Norm {
            x,
            out,
            p,
            dims,
            keepdim,
        } => one(red::norm_backward(g, x, out, *p, dims, *keepdim)?),
        Rule::Nansum { x, dims, keepdim } => one(red::nansum_backward(g, x, dims, *keepdim)?),
        Rule::Take(p) => one(take_backward(g, p, &inputs[0].shape)?),
        Rule::TakeBackward(p) => one(take(g, p)?),
        Rule::MseLoss(a, b, r) => {
            let (ga, gb) = nn::mse_backward(g, a, b, *r)?;
            Ok(vec![Some(ga), Some(gb)])
        }
        Rule::NllLoss {
            target,
            weight,
            reduction,
            ignore_index,
            total_weight,
        } => one(nn::nll_backward(
            g,
            &inputs[0].shape,
            target,
            weight,
            *reduction,
            *ignore_index,
            *total_weight,
        )?),
        Rule::BinaryCrossEntropy(b) | Rule::BceWithLogits(b) => {
            if wants(1) {
                return Err(super::GradError::NotImplemented(format!(
                    "{} with respect to the target",
                    rule.name()
                )));
            }
            let gx = if matches!(rule, Rule::BceWithLogits(..)) {
                nn::bce_logits_backward(g, b)?
            } else {
                nn::bce_backward(g, b)?
            };
            Ok(vec![Some(gx), None])
        }
        Rule::Huber(h) => {
            let (ga, gb) = nn::huber_backward(g, h)?;
            Ok(vec![Some(ga), Some(gb)])
        }
        Rule::Scale { c, div: false } => one(scaled(g, *c)?),
        Rule::Scale { c, div: true } => one(div(g, &scalar(*c, g.dtype()))?),
        // Padding by the opposite amounts takes the input's part back out of the gradient.
        Rule::ConstantPad(pads) => {
            let back: Vec<(i64, i64)> = pads.iter().map(|&(l, r)| (-l, -r)).collect();
            one(constant_pad(g, &back, 0.0)?)
        }
        Rule::MaskedFill(m) => one(where_(m, &zeros_like(g), g, g.dtype())?),
        Rule::LeakyRelu(x, slope) => one(nn::leaky_relu_backward(g, x, *slope)?),
        Rule::Act(act, x) => one(activation::backward(*act, g, x)?),
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
            maybe(0, &|| mul(g, &conj(b)?))?,
            maybe(1, &|| mul(g, &conj(a)?))?,
        ]),
        Rule::Mv(a, v) => {
            let (a, v) = (&conj(a)?, &conj(v)?);
            // outer(g, v) and a^T g
            Ok(vec![
                maybe(0, &|| mul(&unsqueeze(g, 1)?, &unsqueeze(v, 0)?))?,
                maybe(1, &|| mm_of(&mt(a)?, g))?,
            ])
        }
        Rule::Rsqrt(_)
        | Rule::Frac
        | Rule::Logit(..)
        | Rule::NanToNum(_)
        | Rule::Remainder(..)
        | Rule::Fmod(..)
        | Rule::Atan2(..)
        | Rule::Hypot(..)
        | Rule::ClampTensor { .. }
        | Rule::Zero(_) => elementwise_backward(rule, g, inputs),
        Rule::Named(_, inner) => backward(inner, g, inputs),
        Rule::Undefined { op, .. } => Err(super::GradError::Undefined(op)),
        Rule::Linalg(l) => super::linalg::backward(l, &[Some(g.clone())]),
        Rule::Put {
            positions,
            replaced,
            ..
        } => super::index_ops::put_backward(g, positions, *replaced),
        Rule::Mm(a, b) | Rule::Bmm(a, b) => {
            let (a, b) = (&conj(a)?, &conj(b)?);
            Ok(vec![
                maybe(0, &|| mm_of(g, &mt(b)?))?,
                maybe(1, &|| mm_of(&mt(a)?, g))?,
            ])
        }
    }
}

/// The gradients of the elementwise ops of autograd/elementwise.rs.
fn elementwise_backward(rule: &Rule, g: &Var, inputs: &[Input]) -> GResult<Vec<Option<Var>>> {
    use super::elementwise::{cmp, quotient, rsqrt};
    let d = g.dtype();
    let where_mask = |m: &Tensor, v: &Var| where_(m, v, &zeros_like(v), d);
    let both = |x: Tensor, y: Tensor, op: CompareOp| {
        crate::tensor::ops::compare(op, &x, &y, crate::tensor::dtype::DType::Bool)
    };
    Ok(match rule {
        Rule::Rsqrt(a) => {
            // -g / (2 a sqrt(a)) = -0.5 g rsqrt(a) / a
            let a = cast(a, d)?;
            vec![Some(mul(g, &mul_scalar(&div(&rsqrt(&a)?, &a)?, -0.5)?)?)]
        }
        Rule::Frac => vec![Some(g.clone())],
        Rule::Logit(a, eps) => {
            let a = cast(a, d)?;
            let v = div(g, &mul(&a, &add_scalar(&neg(&a)?, 1.0)?)?)?;
            // Outside [eps, 1 - eps] the gradient is 0; without eps, outside [0, 1] it is NaN (PyTorch's).
            let (lo, hi, fill) = match eps {
                Some(e) => (*e, 1.0 - *e, 0.0),
                None => (0.0, 1.0, f64::NAN),
            };
            let out = both(
                mask(CompareOp::Lt, &a, &scalar(lo, d))?,
                mask(CompareOp::Gt, &a, &scalar(hi, d))?,
                CompareOp::Or,
            )?;
            vec![Some(where_(&out, &scalar(fill, d), &v, d)?)]
        }
        Rule::NanToNum(a) => {
            let finite = crate::tensor::ops::unary(UnaryOp::IsFinite, &a.t, a.dtype())?;
            vec![Some(where_mask(&finite, g)?)]
        }
        Rule::Remainder(a, b, number) | Rule::Fmod(a, b, number) => {
            let gb = if *number || !inputs.get(1).is_some_and(|x| x.edge.is_some()) {
                None
            } else {
                let q = quotient(
                    &cast(a, d)?,
                    &cast(b, d)?,
                    matches!(rule, Rule::Remainder(..)),
                )?;
                Some(neg(&mul(g, &q)?)?)
            };
            vec![Some(g.clone()), gb]
        }
        Rule::Atan2(a, b) => {
            let (a, b) = (cast(a, d)?, cast(b, d)?);
            let denom = add(&mul(&a, &a)?, &mul(&b, &b)?)?;
            vec![
                Some(div(&mul(g, &b)?, &denom)?),
                Some(neg(&div(&mul(g, &a)?, &denom)?)?),
            ]
        }
        Rule::Hypot(a, b) => {
            let (a, b) = (cast(a, d)?, cast(b, d)?);
            let r = apply(UnaryOp::Sqrt, &add(&mul(&a, &a)?, &mul(&b, &b)?)?)?;
            vec![Some(div(&mul(g, &a)?, &r)?), Some(div(&mul(g, &b)?, &r)?)]
        }
        Rule::ClampTensor { a, lo, hi, .. } => {
            // PyTorch's clamp_backward and clamp_backward_min_max: the input's gradient passes within the bounds;
            // a bound takes it where it won (min only where min < max).
            let mut inside: Option<Tensor> = None;
            let mut and = |m: Tensor| -> GResult<()> {
                inside = Some(match inside.take() {
                    Some(i) => both(i, m, CompareOp::And)?,
                    None => m,
                });
                Ok(())
            };
            if let Some(lo) = lo {
                and(cmp(CompareOp::Ge, a, lo)?)?;
            }
            if let Some(hi) = hi {
                and(cmp(CompareOp::Le, a, hi)?)?;
            }
            let ga = match inside {
                Some(m) => where_mask(&m, g)?,
                None => g.clone(),
            };
            let mut out = vec![Some(ga)];
            if let Some(lo) = lo {
                let mut won = cmp(CompareOp::Lt, a, lo)?;
                if let Some(hi) = hi {
                    won = both(won, cmp(CompareOp::Lt, lo, hi)?, CompareOp::And)?;
                }
                out.push(Some(where_mask(&won, g)?));
            }
            if let Some(hi) = hi {
                let mut won = cmp(CompareOp::Gt, a, hi)?;
                if let Some(lo) = lo {
                    won = both(won, cmp(CompareOp::Lt, hi, lo)?, CompareOp::Or)?;
                }
                out.push(Some(where_mask(&won, g)?));
            }
            out
        }
        Rule::Zero(_) => inputs.iter().map(|_| Some(zeros_like(g))).collect(),
        _ => {
            return Err(super::GradError::Runtime(format!(
                "internal: {} is not an elementwise rule",
                rule.name()
            )))
        }
    })
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
pub fn contiguous(g: &Var) -> GResult<Var> {
    if g.t.is_contiguous() {
        Ok(g.clone())
    } else {
        clone(g)
    }
}

/// The gradient of a reduction over `dims`: `g` with the reduced axes put back (length 1), broadcast to `shape`.
pub(super) fn spread(g: &Var, shape: &[usize], dims: &[usize], keepdim: bool) -> GResult<Var> {
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
    // For a complex exponent, PyTorch asks for its real part to be non-negative.
    let b_real = cplx::real_part(&cast(b, g.dtype())?)?;
    let b_nonneg = mask(CompareOp::Ge, &b_real, &scalar(0.0, b_real.dtype()))?;
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
    if a.dtype().is_complex() {
        return match op {
            // |z| is not holomorphic: its gradient points along z (PyTorch's sgn(z)).
            Abs => mul(&cast(g, a.dtype())?, &cplx::sgn(a)?),
            Sign | Floor | Ceil | Rint | Trunc => Err(super::GradError::NotImplemented(format!(
                "{} of complex tensors",
                op.name()
            ))),
            // A holomorphic function with real coefficients has conj(f'(z)) == f'(conj(z)): the real rule,
            // evaluated at the conjugate, is the conjugate derivative the convention asks for.
            _ => unary_grad_real(op, g, &conj(a)?),
        };
    }
    unary_grad_real(op, g, a)
}

/// `unary_grad` for a real input (or a complex one already conjugated).
fn unary_grad_real(op: UnaryOp, g: &Var, a: &Var) -> GResult<Var> {
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
        // d erf(x) / dx = 2 / sqrt(pi) exp(-x^2); erfc's is its negative.
        Erf | Erfc => {
            let c = if op == Erf { 1.0 } else { -1.0 } * std::f64::consts::FRAC_2_SQRT_PI;
            mul(g, &mul_scalar(&apply(Exp, &neg(&sq(a)?)?)?, c)?)?
        }
        Sign | Floor | Ceil | Rint | Trunc => zeros_like(g),
        Cbrt | Invert | BitwiseCount | LogicalNot | IsNan | IsInf | IsFinite | Signbit | Conj
        | Sinc => return Err(super::GradError::NotImplemented(op.name().into())),
    })
}
