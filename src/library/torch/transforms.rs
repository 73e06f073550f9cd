//! Function transforms: nabla's JAX-style `grad`/`value_and_grad` builtins and PyTorch's `torch.func.grad`/
//! `grad_and_value`, which differentiate a Python function by running it on tensors that record.
//!
//! The arguments differentiated are lifted to fresh leaves (a Python float becomes a float64 tensor, a NumPy
//! array a tensor of its dtype), the function runs with recording on, and one backward pass from its scalar
//! result captures the gradients, which go back in the kind each argument came in. A lifted argument that was
//! already recording (an outer `grad`, or a tensor that requires grad) gets a differentiable alias instead, and
//! the pass builds a graph of its own, so transforms nest: `grad(grad(f))(x)` is the second derivative.

use super::{as_var, grad_error, native, new_class, wrap};
use crate::autograd::engine::{self, Pass};
use crate::autograd::{self, ops as aops, Var};
use crate::interp::exceptions::{type_error, Exc, ExcType};
use crate::interp::value::*;
use crate::interp::Interp;
use crate::library::args::call_value;
use crate::library::numpy::array::{as_array, wrap_array, wrap_scalar};
use crate::library::Def;
use crate::tensor::dtype::DType;
use crate::tensor::Tensor;
use std::rc::Rc;

/// What a transformed function returns besides the gradient, and in which order.
#[derive(Clone, Copy, PartialEq)]
enum Returns {
    Grad,
    /// `(value, grad)`, as JAX's `value_and_grad`.
    ValueAndGrad,
    /// `(grad, value)`, as `torch.func.grad_and_value`.
    GradAndValue,
}

/// Whose API a transform follows: nabla's builtins take floats and arrays too and explain mistakes in their
/// own words; `torch.func`'s take tensors only and raise PyTorch's errors.
#[derive(Clone, Copy, PartialEq)]
enum Flavour {
    Nabla,
    Torch,
}

/// The object `grad(f)` returns.
#[derive(Clone)]
struct Transformed {
    func: Value,
    /// Which positional arguments to differentiate (negative counts from the end); `tuple` when `argnums` was
    /// a tuple (so is the result).
    argnums: Vec<i64>,
    tuple: bool,
    returns: Returns,
    flavour: Flavour,
}

/// How an argument came in, so its gradient goes back the same way.
#[derive(Clone, Copy)]
enum Kind {
    Float,
    Array { dtype: DType, scalar: bool },
    Tensor,
}

const CLASS_KEY: &str = "torch.func.transformed";

thread_local! {
    /// How many transformed functions are running: inside one, NumPy code on recording tensors is
    /// differentiated (outside, PyTorch's rules hold: NumPy refuses a tensor that requires grad).
    static TRACING: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Whether a transformed function is running (NumPy arrays then take part in tensor ops as constants).
pub fn tracing() -> bool {
    TRACING.with(|t| t.get() > 0)
}

fn transformed_class(me: &mut Interp) -> Res<Rc<Class>> {
    if let Some(c) = me.state.get(CLASS_KEY) {
        if let Some(class) = c.borrow().downcast_ref::<Rc<Class>>() {
            return Ok(class.clone());
        }
    }
    let class = new_class("function", "torch.func", me).ok_or_else(|| {
        Exc::new(
            ExcType::RuntimeError,
            "cannot make the transformed function class",
        )
    })?;
    Interp::add_method(&class, CALL.builtin(Some("torch.func")));
    me.state.insert(
        CLASS_KEY,
        Rc::new(std::cell::RefCell::new(Box::new(class.clone()))),
    );
    Ok(class)
}

/// `argnums`: an int or a non-empty tuple of ints.
fn argnums(v: &Value, flavour: Flavour) -> Res<(Vec<i64>, bool)> {
    let wrong = |what: &str| -> Box<Exc> {
        match flavour {
            Flavour::Torch => Exc::new(
                ExcType::RuntimeError,
                format!("argnums must be int or Tuple[int, ...], got: <class '{what}'>"),
            ),
            Flavour::Nabla => type_error(format!(
                "argnums must be an int or a tuple of ints, got {what}"
            )),
        }
    };
    let one = |v: &Value| match v {
        Value::Int(i) => Ok(*i),
        other => Err(wrong(other.type_name())),
    };
    match v {
        Value::Tuple(items) if items.is_empty() => Err(match flavour {
            Flavour::Torch => Exc::new(ExcType::RuntimeError, "argnums must be non-empty"),
            Flavour::Nabla => Exc::new(ExcType::ValueError, "argnums must be non-empty"),
        }),
        Value::Tuple(items) => Ok((items.iter().map(one).collect::<Res<Vec<_>>>()?, true)),
        v => Ok((vec![one(v)?], false)),
    }
}

fn make(me: &mut Interp, a: &[Value], returns: Returns, flavour: Flavour) -> Res<Value> {
    if me.truthy(&a[2])? {
        return Err(Exc::new(
            ExcType::NotImplementedError,
            "grad with has_aux=True is not implemented in nabla yet",
        ));
    }
    let (argnums, tuple) = argnums(&a[1], flavour)?;
    let class = transformed_class(me)?;
    Ok(native(
        class,
        Transformed {
            func: a[0].clone(),
            argnums,
            tuple,
            returns,
            flavour,
        },
    ))
}

/// A fresh recording tensor standing for argument `i`, how it came in, and whether it was already recording.
fn lift(me: &Interp, v: &Value, i: usize, flavour: Flavour) -> Res<(Var, Kind, bool)> {
    let float_only = |what: &str| {
        type_error(format!(
            "grad() differentiates with respect to floating-point arguments, but argument {i} is {what}"
        ))
    };
    let var = as_var(v);
    if flavour == Flavour::Torch {
        let Some(var) = &var else {
            return Err(Exc::new(
                ExcType::ValueError,
                format!(
                    "Thing passed to transform API must be Tensor, got {}",
                    class_repr(me, v)
                ),
            ));
        };
        if !var.dtype().is_float() {
            return Err(Exc::new(
                ExcType::RuntimeError,
                "only Tensors of floating point dtype can require gradients",
            ));
        }
    }
    if let Some(var) = var {
        if !var.dtype().is_float() {
            return Err(float_only(&format!(
                "a {} tensor",
                super::dtype_name(var.dtype())
            )));
        }
        if var.requires_grad() && autograd::grad_enabled() {
            // An outer transform (or the caller) differentiates through this one: keep the path to it.
            let alias = aops::reshape_named(&var, &var.t.shape.clone(), "AliasBackward0")
                .map_err(grad_error)?;
            return Ok((alias, Kind::Tensor, true));
        }
        return Ok((Var::leaf(var.t.clone(), true), Kind::Tensor, false));
    }
    if let Some((t, scalar)) = as_array(v) {
        let d = t.dtype();
        if !d.is_float() {
            return Err(float_only(&format!("an array of dtype {}", d.name())));
        }
        return Ok((
            Var::leaf(t.clone(), true),
            Kind::Array { dtype: d, scalar },
            false,
        ));
    }
    match v {
        Value::Float(x) => Ok((Var::leaf(Tensor::scalar(*x), true), Kind::Float, false)),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            Err(float_only("an int (write it as a float, e.g. 3.0)"))
        }
        other => Err(float_only(&format!("a '{}'", other.type_name()))),
    }
}

/// `<class 'float'>`, as `str(type(v))` prints.
fn class_repr(me: &Interp, v: &Value) -> String {
    let c = me.class_of(v);
    if &*c.module == "builtins" {
        format!("<class '{}'>", c.name)
    } else {
        format!("<class '{}.{}'>", c.module, c.name)
    }
}

/// `g` returned the way its argument came in.
fn lower(me: &mut Interp, g: Var, kind: Kind) -> Res<Value> {
    match kind {
        Kind::Float => {
            let x = g.t.cast(DType::F64).to_vec::<f64>();
            Ok(Value::Float(x.first().copied().unwrap_or(0.0)))
        }
        Kind::Array { dtype, scalar } => {
            let t = g.t.astype(dtype);
            if scalar {
                wrap_scalar(me, t)
            } else {
                wrap_array(me, t)
            }
        }
        Kind::Tensor => wrap(me, g),
    }
}

/// The function's result as a 0-d float tensor (a number that does not depend on the arguments is a constant).
fn scalar_result(me: &Interp, out: &Value, flavour: Flavour) -> Res<Var> {
    let var = if let Some(v) = as_var(out) {
        v
    } else if flavour == Flavour::Torch {
        return Err(Exc::new(
            ExcType::RuntimeError,
            format!(
                "grad_and_value(f)(*args): Expected f(*args) to return a Tensor, got {}",
                class_repr(me, out)
            ),
        ));
    } else if let Some((t, _)) = as_array(out) {
        Var::constant(t)
    } else {
        match out {
            Value::Float(x) => Var::constant(Tensor::scalar(*x)),
            Value::Int(i) => Var::constant(Tensor::scalar(*i as f64)),
            other => {
                return Err(type_error(format!(
                    "grad() needs the function to return a scalar, but it returned a '{}'",
                    other.type_name()
                )))
            }
        }
    };
    if var.t.ndim() != 0 && flavour == Flavour::Torch {
        return Err(Exc::new(
            ExcType::RuntimeError,
            format!(
                "grad_and_value(f)(*args): Expected f(*args) to return a scalar Tensor, got tensor with {} dims. \
                 Maybe you wanted to use the vjp or jacrev APIs instead?",
                var.t.ndim()
            ),
        ));
    }
    if var.t.ndim() != 0 {
        let dims: Vec<String> = var.shape().iter().map(|s| s.to_string()).collect();
        let shape = if dims.len() == 1 {
            format!("({},)", dims[0])
        } else {
            format!("({})", dims.join(", "))
        };
        return Err(type_error(format!(
            "grad() needs the function to return a scalar, but it returned a value of shape {shape}: reduce it \
             first, e.g. return y.sum() or y.mean()"
        )));
    }
    Ok(var)
}

fn call(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let t = match &a[0] {
        Value::Native(n) => match n.data.borrow().downcast_ref::<Transformed>() {
            Some(t) => t.clone(),
            None => return Err(type_error("not a transformed function")),
        },
        _ => return Err(type_error("not a transformed function")),
    };
    let Value::Tuple(args) = &a[1] else {
        return Err(type_error("arguments must be a tuple"));
    };
    let mut call_args = args.to_vec();
    let mut lifted: Vec<(Var, Kind)> = Vec::new();
    let mut nested = false;
    let n = args.len() as i64;
    for &num in &t.argnums {
        let i = if num < 0 { num + n } else { num };
        if !(0..n).contains(&i) {
            return Err(match t.flavour {
                Flavour::Torch => Exc::new(
                    ExcType::RuntimeError,
                    format!("Got argnum={num}, but only {n} positional inputs"),
                ),
                Flavour::Nabla => type_error(format!(
                    "grad() differentiates argument {num} (argnums), but the function was called with {n} \
                     positional argument{}",
                    if n == 1 { "" } else { "s" }
                )),
            });
        }
        let i = i as usize;
        let (var, kind, outer) = lift(me, &args[i], i, t.flavour)?;
        nested |= outer;
        call_args[i] = wrap(me, var.clone())?;
        lifted.push((var, kind));
    }
    let previous = autograd::set_grad_enabled(true);
    TRACING.with(|c| c.set(c.get() + 1));
    let out = call_value(me, &t.func, &Value::tuple(call_args), &a[2]);
    TRACING.with(|c| c.set(c.get() - 1));
    autograd::set_grad_enabled(previous);
    let out = scalar_result(me, &out?, t.flavour)?;
    let inputs: Vec<Var> = lifted.iter().map(|(v, _)| v.clone()).collect();
    let grads = if out.requires_grad() {
        let seed = Var::constant(Tensor::scalar(1.0).cast(out.dtype()));
        let pass = Pass {
            retain_graph: nested,
            create_graph: nested,
            capture: Some(&inputs),
        };
        engine::run(&[(out.clone(), seed)], &pass).map_err(grad_error)?
    } else {
        vec![None; inputs.len()]
    };
    let mut values = Vec::new();
    for (g, (var, kind)) in grads.into_iter().zip(lifted.iter()) {
        // Not on the path to the result: the derivative is zero.
        let g = g.unwrap_or_else(|| aops::zeros_like(var));
        values.push(lower(me, g, *kind)?);
    }
    let grad = if t.tuple {
        Value::tuple(values)
    } else {
        values.pop().unwrap_or(Value::None)
    };
    if t.returns == Returns::Grad {
        return Ok(grad);
    }
    let value = if nested { out } else { out.detach() };
    // The value comes back as the function returned it for untraced arguments: NumPy code whose result is 0-d
    // (a reduction, an element) returns a NumPy scalar such as np.float64(9.0), not a 0-d array.
    let value_kind = match lifted.first().map(|(_, k)| *k) {
        Some(Kind::Array { .. }) => Kind::Array {
            dtype: value.dtype(),
            scalar: true,
        },
        Some(kind) => kind,
        None => Kind::Tensor,
    };
    let value = lower(me, value, value_kind)?;
    Ok(match t.returns {
        Returns::GradAndValue => Value::tuple(vec![grad, value]),
        _ => Value::tuple(vec![value, grad]),
    })
}

const CALL: Def = Def {
    name: "__call__",
    sig: "self, *args, **kwargs",
    doc: "Call the function and differentiate its scalar result with respect to the chosen arguments.",
    func: call,
};

/// The builtins nabla adds: `grad` and `value_and_grad`.
pub const GLOBALS: &[Def] = &[
    Def {
        name: "grad",
        sig: "func, argnums=0, has_aux=False",
        doc: "The gradient of a scalar-valued function, as a function (JAX-style): grad(f)(x) is df/dx at x. \
              Works on Python floats, NumPy arrays and torch tensors, through np.* ufuncs and torch.* code; \
              argnums picks the arguments (a tuple gives a tuple of gradients); nest it for higher derivatives.\n\n\
              >>> grad(lambda x: x**3)(2.0)  # nabla-only\n12.0\n>>> grad(grad(lambda x: x**3))(2.0)  # nabla-only\n12.0",
        func: |me, a| make(me, &a, Returns::Grad, Flavour::Nabla),
    },
    Def {
        name: "value_and_grad",
        sig: "func, argnums=0, has_aux=False",
        doc: "Like grad, but the function returns (value, gradient).\n\n\
              >>> value_and_grad(lambda x: x**2)(3.0)  # nabla-only\n(9.0, 6.0)",
        func: |me, a| make(me, &a, Returns::ValueAndGrad, Flavour::Nabla),
    },
];

/// `torch.func`'s transforms (the same machinery; `grad_and_value` puts the gradient first).
pub const FUNC_FUNCTIONS: &[Def] = &[
    Def {
        name: "grad",
        sig: "func, argnums=0, has_aux=False",
        doc: "The gradient of a function returning a scalar tensor, as a function.\n\n\
              >>> torch.func.grad(lambda x: (x * x).sum())(torch.tensor([1.0, 2.0]))\ntensor([2., 4.])",
        func: |me, a| make(me, &a, Returns::Grad, Flavour::Torch),
    },
    Def {
        name: "grad_and_value",
        sig: "func, argnums=0, has_aux=False",
        doc: "Like grad, but the function returns (gradient, value).\n\n\
              >>> torch.func.grad_and_value(lambda x: x * x)(torch.tensor(3.0))\n(tensor(6.), tensor(9.))",
        func: |me, a| make(me, &a, Returns::GradAndValue, Flavour::Torch),
    },
];

/// Whether `v` is a tensor that records inside a transformed function: a NumPy ufunc given one runs as the
/// tensor op (nabla's extension that lets `grad` differentiate through NumPy code; NumPy itself would refuse
/// a tensor that requires grad).
pub fn records(v: &Value) -> bool {
    tracing() && as_var(v).is_some_and(|v| v.requires_grad())
}

/// A unary ufunc on a recording tensor, recorded.
pub fn traced_unary(me: &mut Interp, op: crate::tensor::ops::UnaryOp, x: &Value) -> Res<Value> {
    super::elementwise::apply_unary(me, op, x)
}

/// A binary ufunc of which an operand records, recorded.
pub fn traced_binary(
    me: &mut Interp,
    op: crate::tensor::ops::BinaryOp,
    x: &Value,
    y: &Value,
) -> Res<Value> {
    super::tensor::binary(me, op, x, y)
}
