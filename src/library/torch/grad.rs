//! The autograd API of `torch`: `Tensor.backward`, `torch.autograd.grad`, grad-mode switches
//! (`no_grad`, `enable_grad`, `set_grad_enabled`) and the node objects of `grad_fn`.

use super::*;
use crate::autograd::engine::{self, Pass};
use crate::autograd::{Edge, Meta, Node};
use crate::interp::exceptions::type_error;
use std::cell::Cell;

/// What a node object refers to: a recorded op, or the accumulation into a leaf.
pub enum NodeRef {
    Node(Rc<Node>),
    Leaf(Rc<Meta>),
}

fn node_of(v: &Value) -> Res<std::cell::Ref<'_, NodeRef>> {
    let Value::Native(n) = v else {
        return Err(type_error("not an autograd node"));
    };
    let d = n.data.borrow();
    std::cell::Ref::filter_map(d, |b| b.downcast_ref::<NodeRef>())
        .map_err(|_| type_error("not an autograd node"))
}

pub const NODE_METHODS: &[Def] = &[
    Def {
        name: "name",
        sig: "self, /",
        doc: "The node's name (`MulBackward0`).",
        func: |_, a| {
            Ok(Value::str(match &*node_of(&a[0])? {
                // The nodes that are C++ classes of their own print with their namespace.
                NodeRef::Node(n) if n.name() == "CopySlices" => "torch::autograd::CopySlices",
                NodeRef::Node(n) => n.name(),
                NodeRef::Leaf(_) => "torch::autograd::AccumulateGrad",
            }))
        },
    },
    Def {
        name: "__repr__",
        sig: "self, /",
        doc: "<MulBackward0 object at 0x...>",
        func: |_, a| {
            // The address of what the object stands for, so two objects of one node print alike.
            let (name, addr) = match &*node_of(&a[0])? {
                NodeRef::Node(n) => (n.name(), Rc::as_ptr(n) as usize),
                NodeRef::Leaf(m) => ("AccumulateGrad", Rc::as_ptr(m) as usize),
            };
            Ok(Value::str(&format!("<{name} object at {addr:#x}>")))
        },
    },
];

pub const NODE_PROPERTIES: &[Def] = &[
    Def {
        name: "variable",
        sig: "self, /",
        doc: "The leaf tensor an AccumulateGrad node accumulates into.",
        func: |_, a| {
            match &*node_of(&a[0])? {
        NodeRef::Leaf(m) => leaf_object(m).ok_or_else(|| {
            Exc::new(
                ExcType::NotImplementedError,
                "AccumulateGrad.variable of a leaf tensor that no longer exists is not supported by nabla",
            )
        }),
        NodeRef::Node(n) => Err(Exc::new(
            ExcType::AttributeError,
            format!("'{}' object has no attribute 'variable'", n.name()),
        )),
    }
        },
    },
    Def {
        name: "next_functions",
        sig: "self, /",
        doc: "The nodes that receive this node's input gradients, with their input numbers.",
        func: |me, a| {
            let edges: Vec<Option<(NodeRef, usize)>> = match &*node_of(&a[0])? {
                NodeRef::Node(n) => n
                    .next_edges()
                    .map(|e| {
                        e.map(|e| match e {
                            Edge::Node(n, nr) => (NodeRef::Node(n.clone()), *nr),
                            Edge::Leaf(m) => (NodeRef::Leaf(m.clone()), 0),
                        })
                    })
                    .collect(),
                NodeRef::Leaf(_) => Vec::new(),
            };
            let items = edges
                .into_iter()
                .map(|e| {
                    Ok(match e {
                        Some((r, nr)) => {
                            Value::tuple(vec![node_value(me, r)?, Value::Int(nr as i64)])
                        }
                        None => Value::tuple(vec![Value::None, Value::Int(0)]),
                    })
                })
                .collect::<Res<Vec<_>>>()?;
            Ok(Value::tuple(items))
        },
    },
];

/// The object of `torch.no_grad()` / `torch.enable_grad()`: the mode it sets, and the one it restores.
struct GradModeContext {
    on: bool,
    previous: Cell<bool>,
    /// `torch.set_grad_enabled(mode)` sets the mode when called; its `with` only restores on exit.
    already_set: bool,
}

fn with_context<T>(v: &Value, f: impl FnOnce(&GradModeContext) -> T) -> Res<T> {
    let Value::Native(n) = v else {
        return Err(type_error("not a grad-mode context"));
    };
    let d = n.data.borrow();
    d.downcast_ref::<GradModeContext>()
        .map(f)
        .ok_or_else(|| type_error("not a grad-mode context"))
}

/// A context manager object that turns recording on or off (and restores it on exit).
fn grad_mode_context(me: &Interp, on: bool, already_set: Option<bool>) -> Res<Value> {
    let class = with_state(me, |s| s.no_grad.clone())?;
    Ok(native(
        class,
        GradModeContext {
            on,
            previous: Cell::new(already_set.unwrap_or(true)),
            already_set: already_set.is_some(),
        },
    ))
}

/// A function wrapped by `@torch.no_grad()`: it runs with the context's mode.
struct GradModeFunction {
    on: bool,
    func: Value,
}

pub const GRAD_MODE_FUNCTION_METHODS: &[Def] = &[Def {
    name: "__call__",
    sig: "self, *args, **kwargs",
    doc: "Call the wrapped function with recording set as the decorator says.",
    func: |me, a| {
        let (on, func) = match &a[0] {
            Value::Native(n) => match n.data.borrow().downcast_ref::<GradModeFunction>() {
                Some(g) => (g.on, g.func.clone()),
                None => return Err(type_error("not a decorated function")),
            },
            _ => return Err(type_error("not a decorated function")),
        };
        let previous = crate::autograd::set_grad_enabled(on);
        let r = crate::library::args::call_value(me, &func, &a[1], &a[2]);
        crate::autograd::set_grad_enabled(previous);
        r
    },
}];

pub const NO_GRAD_METHODS: &[Def] = &[
    Def {
        name: "__call__",
        sig: "self, func, /",
        doc: "Use the context as a decorator: the function runs with its mode.",
        func: |me, a| {
            let on = with_context(&a[0], |c| c.on)?;
            let class = with_state(me, |s| s.grad_mode_function.clone())?;
            Ok(native(
                class,
                GradModeFunction {
                    on,
                    func: a[1].clone(),
                },
            ))
        },
    },
    Def {
        name: "__enter__",
        sig: "self, /",
        doc: "Set the recording mode.",
        func: |_, a| {
            with_context(&a[0], |c| {
                if !c.already_set {
                    c.previous.set(crate::autograd::set_grad_enabled(c.on))
                }
            })?;
            Ok(Value::None)
        },
    },
    Def {
        name: "__exit__",
        sig: "self, *exc",
        doc: "Restore the previous mode.",
        func: |_, a| {
            with_context(&a[0], |c| {
                crate::autograd::set_grad_enabled(c.previous.get())
            })?;
            Ok(Value::Bool(false))
        },
    },
];

fn opt_bool(me: &mut Interp, v: &Value) -> Res<Option<bool>> {
    match v {
        Value::None => Ok(None),
        v => me.truthy(v).map(Some),
    }
}

/// The gradient of an output: the one given, or ones for a one-element output.
fn root_grad(out: &Var, given: &Value, index: usize) -> Res<Var> {
    match given {
        Value::None => {
            if out.t.numel() != 1 {
                return Err(Exc::new(
                    ExcType::RuntimeError,
                    "grad can be implicitly created only for scalar outputs",
                ));
            }
            if out.dtype().is_complex() {
                return Err(Exc::new(
                    ExcType::RuntimeError,
                    format!(
                        "grad can be implicitly created only for real scalar outputs but got torch.{}",
                        dtype_name(out.dtype())
                    ),
                ));
            }
            Ok(Var::constant(
                Tensor::from_vec(vec![1.0], out.t.shape.clone()).cast(out.dtype()),
            ))
        }
        g => {
            let g = this(g)?;
            if g.t.shape != out.t.shape {
                return Err(Exc::new(
                    ExcType::RuntimeError,
                    format!(
                        "Mismatch in shape: grad_output[{index}] has a shape of {} and output[{index}] has a shape of {}.",
                        crate::format::torch::size_repr(&g.t.shape),
                        crate::format::torch::size_repr(&out.t.shape)
                    ),
                ));
            }
            Ok(g)
        }
    }
}

fn check_requires_grad(out: &Var, i: usize) -> Res<()> {
    if !out.requires_grad() {
        return Err(Exc::new(
            ExcType::RuntimeError,
            format!("element {i} of tensors does not require grad and does not have a grad_fn"),
        ));
    }
    Ok(())
}

/// The outputs of a backward call with their gradients (`grad_outputs`: None, one tensor, or a sequence).
fn roots(me: &mut Interp, outs: &[Var], given: &Value) -> Res<Vec<(Var, Var)>> {
    let given: Vec<Value> = match given {
        Value::None => vec![Value::None; outs.len()],
        v if as_var(v).is_some() => vec![v.clone()],
        v => me.collect(v)?,
    };
    let mut roots = Vec::new();
    for (i, out) in outs.iter().enumerate() {
        check_requires_grad(out, i)?;
        roots.push((
            out.clone(),
            root_grad(out, given.get(i).unwrap_or(&Value::None), i)?,
        ));
    }
    Ok(roots)
}

/// `t.backward(gradient=None, retain_graph=None, create_graph=False, inputs=None)`.
fn backward(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let out = this(&a[0])?;
    check_requires_grad(&out, 0)?;
    let g = root_grad(&out, &a[1], 0)?;
    let create_graph = me.truthy(&a[3])?;
    let retain_graph = opt_bool(me, &a[2])?.unwrap_or(create_graph);
    let pass = Pass {
        retain_graph,
        create_graph,
        capture: None,
    };
    engine::run(&[(out, g)], &pass).map_err(grad_error)?;
    Ok(Value::None)
}

/// A tensor or a sequence of tensors, as a list.
fn tensors(me: &mut Interp, v: &Value) -> Res<Vec<Var>> {
    if let Some(t) = as_var(v) {
        return Ok(vec![t]);
    }
    me.collect(v)?
        .iter()
        .map(|x| as_var(x).ok_or_else(|| type_error("expected a Tensor or a sequence of Tensors")))
        .collect()
}

/// `torch.autograd.grad(outputs, inputs, grad_outputs=None, retain_graph=None, create_graph=False,
/// allow_unused=None)`.
fn autograd_grad(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let outs = tensors(me, &a[0])?;
    let ins = tensors(me, &a[1])?;
    let roots = roots(me, &outs, &a[2])?;
    for x in &ins {
        if !x.requires_grad() {
            return Err(Exc::new(
                ExcType::RuntimeError,
                "One of the differentiated Tensors does not require grad",
            ));
        }
    }
    let create_graph = me.truthy(&a[4])?;
    let retain_graph = opt_bool(me, &a[3])?.unwrap_or(create_graph);
    let allow_unused = opt_bool(me, &a[5])?.unwrap_or(false) || me.truthy(&a[7])?;
    let pass = Pass {
        retain_graph,
        create_graph,
        capture: Some(&ins),
    };
    let got = engine::run(&roots, &pass).map_err(grad_error)?;
    let mut items = Vec::new();
    for (i, g) in got.into_iter().enumerate() {
        match g {
            Some(g) => items.push(wrap(me, g)?),
            None if allow_unused => items.push(Value::None),
            None => {
                return Err(Exc::new(
                    ExcType::RuntimeError,
                    format!("The differentiated Tensor at index {i} appears to not have been used in the graph. Set allow_unused=True if this is the desired behavior."),
                ))
            }
        }
    }
    Ok(Value::tuple(items))
}

pub const TENSOR_GRAD_METHODS: &[Def] = &[Def {
    name: "backward",
    sig: "self, gradient=None, retain_graph=None, create_graph=False, inputs=None",
    doc: "Accumulate the gradient of this tensor into the leaves that require grad.\n\n>>> x = torch.tensor(2.0, requires_grad=True); (x * x).backward(); x.grad\ntensor(4.)",
    func: backward,
}];

pub const AUTOGRAD_FUNCTIONS: &[Def] = &[
    Def {
        name: "grad",
        sig: "outputs, inputs, grad_outputs=None, retain_graph=None, create_graph=False, only_inputs=True, allow_unused=None, is_grads_batched=False, materialize_grads=False",
        doc: "The gradients of outputs with respect to inputs (no .grad changes).\n\n>>> x = torch.tensor(3.0, requires_grad=True); torch.autograd.grad(x * x, x)\n(tensor(6.),)",
        func: |me, a| {
            let b = vec![a[0].clone(), a[1].clone(), a[2].clone(), a[3].clone(), a[4].clone(), a[6].clone(), a[7].clone(), a[8].clone()];
            autograd_grad(me, b)
        },
    },
    Def {
        name: "backward",
        sig: "tensors, grad_tensors=None, retain_graph=None, create_graph=False, inputs=None",
        doc: "Accumulate the gradients of tensors into the leaves.\n\n>>> x = torch.tensor(2.0, requires_grad=True); torch.autograd.backward(x * 3); x.grad\ntensor(3.)",
        func: |me, a| {
            let outs = tensors(me, &a[0])?;
            let roots = roots(me, &outs, &a[1])?;
            let create_graph = me.truthy(&a[3])?;
            let retain_graph = opt_bool(me, &a[2])?.unwrap_or(create_graph);
            engine::run(&roots, &Pass { retain_graph, create_graph, capture: None }).map_err(grad_error)?;
            Ok(Value::None)
        },
    },
];

/// Grad-mode functions of `torch`.
pub const GRAD_FUNCTIONS: &[Def] = &[
    Def {
        name: "no_grad",
        sig: "",
        doc: "A context in which operations are not recorded.\n\n>>> with torch.no_grad(): y = torch.ones(1, requires_grad=True) * 2\n",
        func: |me, _| grad_mode_context(me, false, None),
    },
    Def {
        name: "inference_mode",
        sig: "mode=True",
        doc: "A context in which operations are not recorded (as no_grad; nabla has no inference tensors).\n\n>>> with torch.inference_mode(): pass\n",
        func: |me, a| {
            let on = me.truthy(&a[0])?;
            grad_mode_context(me, !on, None)
        },
    },
    Def {
        name: "enable_grad",
        sig: "",
        doc: "A context in which operations are recorded (inside no_grad).\n\n>>> with torch.enable_grad(): pass\n",
        func: |me, _| grad_mode_context(me, true, None),
    },
    Def {
        name: "is_grad_enabled",
        sig: "",
        doc: "Whether operations are being recorded.\n\n>>> torch.is_grad_enabled()\nTrue",
        func: |_, _| Ok(Value::Bool(crate::autograd::grad_enabled())),
    },
    Def {
        name: "set_grad_enabled",
        sig: "mode, /",
        doc: "Turn recording on or off (also a context manager that restores the mode).\n\n>>> with torch.set_grad_enabled(False): y = torch.ones(1, requires_grad=True) * 2\n",
        func: |me, a| {
            let on = me.truthy(&a[0])?;
            let previous = crate::autograd::set_grad_enabled(on);
            grad_mode_context(me, on, Some(previous))
        },
    },
];
