//! `torch.nn.functional`'s activations beyond relu/sigmoid/tanh (gelu, elu, selu, celu, silu, mish, softplus,
//! hardtanh, relu6, hardswish, hardsigmoid, logsigmoid, softshrink, hardshrink, tanhshrink, softsign, softmin).

use super::*;
use crate::autograd::activation::Act;
use crate::autograd::ops as aops;
use crate::library::args;

/// `act(x)` (in place when `inplace` is true), refusing integer input as PyTorch's kernel `kernel` does (unless
/// `ints` says the op also has integer kernels, as hardtanh does).
fn run(
    me: &mut Interp,
    x: &Value,
    act: Act,
    kernel: &str,
    inplace: &Value,
    ints: bool,
) -> Res<Value> {
    let v = this(x)?;
    let d = v.dtype();
    if !d.is_float() && !(ints && d.is_int()) {
        return Err(Exc::new(
            ExcType::NotImplementedError,
            format!(
                "\"{kernel}\" not implemented for '{}'",
                crate::autograd::tensor_type_word(d)
            ),
        ));
    }
    let inplace = me.truthy(inplace)?;
    let input = if inplace {
        tensor::check_inplace(&v)?;
        tensor::pre_write_input(x, &v)
    } else {
        v.clone()
    };
    let r = crate::autograd::activation::activation(act, &input).map_err(grad_error)?;
    if inplace {
        return tensor::commit_inplace(x, &v, &r);
    }
    wrap(me, r)
}

fn float(v: &Value) -> Res<f64> {
    match as_var(v) {
        Some(t) if t.t.numel() == 1 => Ok(t.t.get_c(0).0),
        _ => args::float(v),
    }
}

/// hardtanh's bounds, checked as PyTorch checks them.
fn hardtanh(me: &mut Interp, x: &Value, min: f64, max: f64, inplace: &Value) -> Res<Value> {
    if min > max {
        return Err(Exc::new(
            ExcType::ValueError,
            "min_val cannot be greater than max_val",
        ));
    }
    run(me, x, Act::Hardtanh { min, max }, "hardtanh", inplace, true)
}

/// softshrink's and hardshrink's threshold (softshrink checks it is not negative).
fn shrink(me: &mut Interp, x: &Value, lambd: &Value, soft: bool) -> Res<Value> {
    let l = float(lambd)?;
    if soft && l < 0.0 {
        let v = this(x)?;
        return Err(Exc::new(
            ExcType::RuntimeError,
            format!(
                "lambda must be in range [0, 3.40282e+38] for input dtype {}, but found {}",
                crate::autograd::tensor_type_word(v.dtype()),
                cpp_number(l)
            ),
        ));
    }
    if soft {
        run(
            me,
            x,
            Act::Softshrink(l),
            "softshrink_check",
            &Value::None,
            false,
        )
    } else {
        run(
            me,
            x,
            Act::Hardshrink(l),
            "hardshrink_cpu",
            &Value::None,
            false,
        )
    }
}

/// A number as C++'s stream writes a double (`%g`), as PyTorch's messages show them.
pub(super) fn cpp_number(x: f64) -> String {
    crate::format::python::parse_format_spec("g")
        .and_then(|spec| crate::format::python::format_float(x, &spec))
        .unwrap_or_else(|_| x.to_string())
}

/// SELU's constants (Klambauer et al.).
const SELU_ALPHA: f64 = 1.673_263_242_354_377_3;
const SELU_SCALE: f64 = 1.050_700_987_355_480_5;

pub const ACTIVATIONS: &[Def] = &[
    Def {
        name: "gelu",
        sig: "input, approximate='none'",
        doc: "x * Φ(x), Φ the standard normal CDF (or its tanh approximation).\n\n>>> torch.nn.functional.gelu(torch.tensor([-1.0, 0.0, 1.0]))\ntensor([-0.1587,  0.0000,  0.8413])",
        func: |me, a| {
            let tanh = match &*args::string(&a[1], "approximate")? {
                "none" => false,
                "tanh" => true,
                _ => return Err(Exc::new(ExcType::RuntimeError, "approximate argument must be either none or tanh.")),
            };
            run(me, &a[0], Act::Gelu { tanh }, "GeluKernelImpl", &Value::None, false)
        },
    },
    Def {
        name: "elu",
        sig: "input, alpha=1.0, inplace=False",
        doc: "x where positive, else alpha * (exp(x) - 1).\n\n>>> torch.nn.functional.elu(torch.tensor([-1.0, 2.0]))\ntensor([-0.6321,  2.0000])",
        func: |me, a| {
            let alpha = float(&a[1])?;
            run(me, &a[0], Act::Elu { alpha, scale: 1.0, input_scale: 1.0 }, "elu_cpu", &a[2], false)
        },
    },
    Def {
        name: "selu",
        sig: "input, inplace=False",
        doc: "scale * elu(x, alpha) with SELU's fixed constants.\n\n>>> torch.nn.functional.selu(torch.tensor([-1.0, 1.0]))\ntensor([-1.1113,  1.0507])",
        func: |me, a| {
            let act = Act::Elu { alpha: SELU_ALPHA, scale: SELU_SCALE, input_scale: 1.0 };
            run(me, &a[0], act, "elu_cpu", &a[1], false)
        },
    },
    Def {
        name: "celu",
        sig: "input, alpha=1.0, inplace=False",
        doc: "x where positive, else alpha * (exp(x / alpha) - 1).\n\n>>> torch.nn.functional.celu(torch.tensor([-1.0, 2.0]), alpha=2.0)\ntensor([-0.7869,  2.0000])",
        func: |me, a| {
            let alpha = float(&a[1])?;
            if alpha == 0.0 {
                return Err(Exc::new(ExcType::RuntimeError, "ZeroDivisionError: alpha cannot be 0 for CELU"));
            }
            run(me, &a[0], Act::Celu { alpha }, "elu_cpu", &a[2], false)
        },
    },
    Def {
        name: "silu",
        sig: "input, inplace=False",
        doc: "x * sigmoid(x).\n\n>>> torch.nn.functional.silu(torch.tensor([0.0, 1.0]))\ntensor([0.0000, 0.7311])",
        func: |me, a| run(me, &a[0], Act::Silu, "silu_cpu", &a[1], false),
    },
    Def {
        name: "mish",
        sig: "input, inplace=False",
        doc: "x * tanh(softplus(x)).\n\n>>> torch.nn.functional.mish(torch.tensor([0.0, 1.0]))\ntensor([0.0000, 0.8651])",
        func: |me, a| run(me, &a[0], Act::Mish, "mish_cpu", &a[1], false),
    },
    Def {
        name: "softplus",
        sig: "input, beta=1.0, threshold=20.0",
        doc: "log(1 + exp(beta * x)) / beta, linear where beta * x > threshold.\n\n>>> torch.nn.functional.softplus(torch.tensor([0.0, 30.0]))\ntensor([ 0.6931, 30.0000])",
        func: |me, a| {
            let act = Act::Softplus { beta: float(&a[1])?, threshold: float(&a[2])? };
            run(me, &a[0], act, "softplus_cpu", &Value::None, false)
        },
    },
    Def {
        name: "hardtanh",
        sig: "input, min_val=-1.0, max_val=1.0, inplace=False",
        doc: "x clamped to [min_val, max_val].\n\n>>> torch.nn.functional.hardtanh(torch.tensor([-2.0, 0.5, 2.0]))\ntensor([-1.0000,  0.5000,  1.0000])",
        func: |me, a| {
            let (lo, hi) = (float(&a[1])?, float(&a[2])?);
            hardtanh(me, &a[0], lo, hi, &a[3])
        },
    },
    Def {
        name: "relu6",
        sig: "input, inplace=False",
        doc: "x clamped to [0, 6].\n\n>>> torch.nn.functional.relu6(torch.tensor([-1.0, 3.0, 7.0]))\ntensor([0., 3., 6.])",
        func: |me, a| hardtanh(me, &a[0], 0.0, 6.0, &a[1]),
    },
    Def {
        name: "hardswish",
        sig: "input, inplace=False",
        doc: "x * relu6(x + 3) / 6.\n\n>>> torch.nn.functional.hardswish(torch.tensor([-4.0, 1.0]))\ntensor([-0.0000, 0.6667])",
        func: |me, a| run(me, &a[0], Act::Hardswish, "hardswish_cpu", &a[1], false),
    },
    Def {
        name: "hardsigmoid",
        sig: "input, inplace=False",
        doc: "relu6(x + 3) / 6.\n\n>>> torch.nn.functional.hardsigmoid(torch.tensor([-4.0, 0.0]))\ntensor([0.0000, 0.5000])",
        func: |me, a| run(me, &a[0], Act::Hardsigmoid, "hardsigmoid_cpu", &a[1], false),
    },
    Def {
        name: "logsigmoid",
        sig: "input, /",
        doc: "log(sigmoid(x)), computed stably.\n\n>>> torch.nn.functional.logsigmoid(torch.tensor([0.0]))\ntensor([-0.6931])",
        func: |me, a| run(me, &a[0], Act::LogSigmoid, "log_sigmoid_cpu", &Value::None, false),
    },
    Def {
        name: "softshrink",
        sig: "input, lambd=0.5",
        doc: "x - lambd above lambd, x + lambd below -lambd, else 0.\n\n>>> torch.nn.functional.softshrink(torch.tensor([-1.0, 0.2, 1.0]))\ntensor([-0.5000,  0.0000,  0.5000])",
        func: |me, a| shrink(me, &a[0], &a[1], true),
    },
    Def {
        name: "hardshrink",
        sig: "input, lambd=0.5",
        doc: "x where |x| > lambd, else 0.\n\n>>> torch.nn.functional.hardshrink(torch.tensor([-1.0, 0.2, 1.0]))\ntensor([-1.,  0.,  1.])",
        func: |me, a| shrink(me, &a[0], &a[1], false),
    },
    Def {
        name: "tanhshrink",
        sig: "input",
        doc: "x - tanh(x).\n\n>>> torch.nn.functional.tanhshrink(torch.tensor([1.0]))\ntensor([0.2384])",
        func: |me, a| {
            // PyTorch composes it: input - input.tanh().
            let t = elementwise::apply_unary(me, crate::tensor::ops::UnaryOp::Tanh, &a[0])?;
            tensor::binary(me, crate::tensor::ops::BinaryOp::Sub, &a[0], &t)
        },
    },
    Def {
        name: "softsign",
        sig: "input",
        doc: "x / (1 + |x|).\n\n>>> torch.nn.functional.softsign(torch.tensor([1.0, -3.0]))\ntensor([ 0.5000, -0.7500])",
        func: |me, a| {
            // PyTorch composes it: input / (input.abs() + 1).
            let m = elementwise::apply_unary(me, crate::tensor::ops::UnaryOp::Abs, &a[0])?;
            let d = tensor::binary(me, crate::tensor::ops::BinaryOp::Add, &m, &Value::Int(1))?;
            tensor::binary(me, crate::tensor::ops::BinaryOp::Div, &a[0], &d)
        },
    },
    Def {
        name: "softmin",
        sig: "input, dim=None, _stacklevel=3, dtype=None",
        doc: "softmax(-x) along dim.\n\n>>> torch.nn.functional.softmin(torch.tensor([0.0, 1.0]), dim=0)\ntensor([0.7311, 0.2689])",
        func: |me, a| {
            let x = this(&a[0])?;
            let n = wrap(me, aops::neg(&x).map_err(grad_error)?)?;
            super::more::softmax(me, &[n, a[1].clone(), a[3].clone()], false)
        },
    },
];
