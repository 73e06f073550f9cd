//! The `torch` namespace: tensors in their PyTorch flavour on the shared runtime (PyTorch's dtypes, defaults and
//! promotion), autograd through `crate::autograd`, and PyTorch-exact printing through `format::torch`.

pub mod activations;
pub mod arrange;
pub mod convert;
mod creation;
mod device;
mod einsum;
pub mod elementwise;
mod elementwise_docs;
pub mod fft;
pub mod functional;
pub mod grad;
mod index_ops;
mod join;
pub mod linalg;
pub mod more;
pub mod named;
pub mod random;
mod reductions;
mod shape;
mod sort;
mod tensor;
pub mod transforms;
mod views;
mod why;

use crate::autograd::{GradError, Var};
use crate::format::torch::TorchPrintOptions;
use crate::interp::exceptions::{type_error, Exc, ExcType};
use crate::interp::value::*;
use crate::interp::Interp;
use crate::library::numpy::array::tensor_error;
use crate::library::Def;
use crate::tensor::dtype::DType;
use crate::tensor::Tensor;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

pub use creation::FUNCTIONS;
pub use tensor::{array_of, from_array_result, TENSOR_METHODS, TENSOR_PROPERTIES};

/// The data of a `torch.Tensor` object: the tensor and its graph metadata.
pub struct TorchTensor {
    pub v: Var,
    /// The object last returned by `.grad`: the same object comes back while the gradient is the same tensor
    /// (`g = x.grad; loss.backward(); g is x.grad` holds, as accumulation is in place).
    grad_object: Option<Value>,
    /// For a view, the tensor object whose storage it views (`_base`: the root, never another view).
    base: Option<Value>,
    /// How the object came to be, as far as `%why x.grad` needs to know.
    origin: Origin,
}

/// Where a tensor object came from, for explaining a None `.grad`.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Origin {
    /// Made with gradient recording on (or requiring grad): its history says the rest.
    Recorded,
    /// `detach()`'s result.
    Detached,
    /// Made, without requiring grad, while recording was off (`torch.no_grad()`).
    NoGradMode,
}

impl Origin {
    fn of(v: &Var) -> Origin {
        if !v.requires_grad() && !crate::autograd::grad_enabled() {
            Origin::NoGradMode
        } else {
            Origin::Recorded
        }
    }
}

/// The session's torch state: its classes, print options and default dtype.
pub struct TorchState {
    tensor: Rc<Class>,
    dtype: Rc<Class>,
    device: Rc<Class>,
    size: Rc<Class>,
    no_grad: Rc<Class>,
    accumulate_grad: Rc<Class>,
    return_type: Rc<Class>,
    grad_mode_function: Rc<Class>,
    /// One class per node name (`type(y.grad_fn).__name__` is `MulBackward0`) and per return type (`max`),
    /// made on first use.
    nodes: RefCell<HashMap<&'static str, Rc<Class>>>,
    /// One object per dtype, so `x.dtype is torch.float32` holds.
    dtypes: RefCell<HashMap<DType, Value>>,
    /// The live object of each graph node, by node address, so `y.grad_fn is y.grad_fn` and the outputs of one
    /// decomposition share their `grad_fn` object (the object keeps its node, hence its address, alive).
    node_objects: RefCell<HashMap<usize, std::rc::Weak<Native>>>,
    pub print: RefCell<TorchPrintOptions>,
    /// Whether the user set a line width (`set_printoptions(linewidth=...)`); until then the REPL's echo on a
    /// terminal wraps at the terminal's width.
    pub linewidth_chosen: Cell<bool>,
    pub default_dtype: Cell<DType>,
}

const STATE_KEY: &str = "torch";

fn with_state<T>(me: &Interp, f: impl FnOnce(&TorchState) -> T) -> Res<T> {
    let c = me
        .state
        .get(STATE_KEY)
        .cloned()
        .ok_or_else(|| Exc::new(ExcType::RuntimeError, "torch is not initialised"))?;
    let b = c.borrow();
    match b.downcast_ref::<TorchState>() {
        Some(s) => Ok(f(s)),
        None => Err(Exc::new(ExcType::RuntimeError, "torch state is corrupt")),
    }
}

pub fn default_dtype(me: &Interp) -> DType {
    with_state(me, |s| s.default_dtype.get()).unwrap_or(DType::F32)
}

/// A torch tensor object holding `v`.
pub fn wrap(me: &Interp, v: Var) -> Res<Value> {
    new_object(me, v, None)
}

/// A new tensor object holding `v`, viewing `base`'s storage when given.
fn new_object(me: &Interp, v: Var, base: Option<Value>) -> Res<Value> {
    let class = with_state(me, |s| s.tensor.clone())?;
    let obj = native(
        class,
        TorchTensor {
            v: v.clone(),
            grad_object: None,
            base,
            origin: Origin::of(&v),
        },
    );
    own_leaf(&obj, &v);
    Ok(obj)
}

/// `detach()`'s result: `v` as a new tensor object that remembers it was detached.
pub fn wrap_detached(me: &Interp, v: Var) -> Res<Value> {
    let obj = wrap(me, v.detach())?;
    if let Value::Native(n) = &obj {
        if let Some(t) = n.data.borrow_mut().downcast_mut::<TorchTensor>() {
            t.origin = Origin::Detached;
        }
    }
    Ok(obj)
}

/// The base object of a view (None for a tensor that owns its storage).
pub fn base_of(v: &Value) -> Option<Value> {
    let Value::Native(n) = v else { return None };
    let d = n.data.borrow();
    d.downcast_ref::<TorchTensor>().and_then(|t| t.base.clone())
}

/// A torch tensor object holding `v`, a view of the tensor object `src` when it shares its storage (its
/// `_base` is then `src`'s base, or `src` itself); a plain new tensor otherwise.
pub fn wrap_view(me: &Interp, src: &Value, v: Var) -> Res<Value> {
    let base = match as_var(src) {
        Some(s) if s.t.shares_storage(&v.t) => Some(base_of(src).unwrap_or_else(|| src.clone())),
        _ => None,
    };
    new_object(me, v, base)
}

/// Remember `obj` as the object of the leaf `v` (AccumulateGrad's `variable`).
fn own_leaf(obj: &Value, v: &Var) {
    if let (Value::Native(n), Some(m)) = (obj, v.meta.as_ref()) {
        if m.grad_fn.borrow().is_none() {
            let any: Rc<dyn std::any::Any> = n.clone();
            *m.owner.borrow_mut() = Some(Rc::downgrade(&any));
        }
    }
}

/// The object of a leaf's graph metadata, while it is alive.
fn leaf_object(m: &crate::autograd::Meta) -> Option<Value> {
    let owner = m.owner.borrow().as_ref()?.upgrade()?;
    owner.downcast::<Native>().ok().map(Value::Native)
}

fn native(class: Rc<Class>, data: impl std::any::Any) -> Value {
    Value::Native(Rc::new(Native {
        class,
        data: RefCell::new(Box::new(data)),
        hash_as: None,
    }))
}

/// The tensor a torch tensor object holds.
pub fn as_var(v: &Value) -> Option<Var> {
    let Value::Native(n) = v else { return None };
    let d = n.data.borrow();
    d.downcast_ref::<TorchTensor>().map(|t| t.v.clone())
}

/// `x.grad` as an object: the cached one while it still holds the same gradient tensor.
fn grad_object(me: &Interp, obj: &Value) -> Res<Value> {
    let Value::Native(n) = obj else {
        return Err(type_error("not a tensor"));
    };
    let (grad, cached) = {
        let d = n.data.borrow();
        let Some(t) = d.downcast_ref::<TorchTensor>() else {
            return Err(type_error("not a tensor"));
        };
        let g = t.v.meta.as_ref().and_then(|m| m.grad.borrow().clone());
        (g, t.grad_object.clone())
    };
    let Some(grad) = grad else {
        return Ok(Value::None);
    };
    if let Some(c) = cached.as_ref().and_then(|c| as_var(c).map(|v| (c, v))) {
        if Rc::ptr_eq(&c.1.t.buf, &grad.t.buf)
            && c.1.t.shape == grad.t.shape
            && c.1.t.offset == grad.t.offset
        {
            return Ok(c.0.clone());
        }
    }
    let value = wrap(me, grad)?;
    if let Some(t) = n.data.borrow_mut().downcast_mut::<TorchTensor>() {
        t.grad_object = Some(value.clone());
    }
    Ok(value)
}

/// Replace the tensor a torch tensor object holds (in-place ops, `requires_grad_`, `.data = ...`).
pub(super) fn set_var(obj: &Value, v: Var) -> Res<()> {
    let Value::Native(n) = obj else {
        return Err(type_error("not a tensor"));
    };
    {
        let mut d = n.data.borrow_mut();
        let Some(t) = d.downcast_mut::<TorchTensor>() else {
            return Err(type_error("not a tensor"));
        };
        t.v = v.clone();
    }
    own_leaf(obj, &v);
    Ok(())
}

/// The tensor argument of a method (`self`).
fn this(v: &Value) -> Res<Var> {
    as_var(v).ok_or_else(|| {
        type_error(format!(
            "descriptor requires a 'torch._C.TensorBase' object but received a '{}'",
            v.type_name()
        ))
    })
}

/// A runtime error of autograd or a tensor op, as the Python exception PyTorch raises.
pub fn grad_error(e: GradError) -> Box<Exc> {
    match e {
        GradError::Tensor(t) => torch_tensor_error(t),
        GradError::Runtime(m) => Exc::new(ExcType::RuntimeError, m),
        GradError::Index(m) => Exc::new(ExcType::IndexError, m),
        GradError::LinAlg(m) => {
            crate::library::numpy::array::np_exception("_LinAlgError", ExcType::RuntimeError, m)
        }
        GradError::Undefined(_) => Exc::new(ExcType::NotImplementedError, e.to_string()),
        GradError::NotImplemented(op) => Exc::new(
            ExcType::NotImplementedError,
            format!("the derivative for '{op}' is not implemented in nabla yet"),
        ),
    }
}

/// Tensor errors in PyTorch's words where they differ from NumPy's.
fn torch_tensor_error(e: crate::tensor::error::TensorError) -> Box<Exc> {
    use crate::tensor::error::TensorError as E;
    match &e {
        E::Broadcast(shapes) if shapes.len() == 2 => {
            // PyTorch names the first axis (from the right) whose sizes clash.
            let (a, b) = (&shapes[0], &shapes[1]);
            let n = a.len().max(b.len());
            for i in (0..n).rev() {
                let da = (i + a.len()).checked_sub(n).map_or(1, |j| a[j]);
                let db = (i + b.len()).checked_sub(n).map_or(1, |j| b[j]);
                if da != db && da != 1 && db != 1 {
                    return Exc::new(
                        ExcType::RuntimeError,
                        format!("The size of tensor a ({da}) must match the size of tensor b ({db}) at non-singleton dimension {i}"),
                    );
                }
            }
            Exc::new(ExcType::RuntimeError, e.to_string())
        }
        // NumPy's ValueError is PyTorch's RuntimeError.
        E::Value(m) if m.starts_with("Integers to negative integer powers") => {
            Exc::new(ExcType::RuntimeError, m.clone())
        }
        _ => tensor_error(e),
    }
}

/// PyTorch's name for a dtype (`torch.float32`'s `float32`).
pub fn dtype_name(d: DType) -> &'static str {
    d.name()
}

/// The `torch.dtype` object of `d`.
pub fn dtype_value(me: &Interp, d: DType) -> Res<Value> {
    with_state(me, |s| {
        s.dtypes
            .borrow_mut()
            .entry(d)
            .or_insert_with(|| native(s.dtype.clone(), d))
            .clone()
    })
}

/// The dtype a `dtype=` argument names (None when not given).
pub fn dtype_arg(me: &Interp, v: &Value) -> Res<Option<DType>> {
    match v {
        Value::None => Ok(None),
        Value::Native(n) => {
            if let Some(d) = n.data.borrow().downcast_ref::<DType>() {
                return Ok(Some(*d));
            }
            Err(type_error(format!(
                "dtype must be torch.dtype, not {}",
                v.tp_name()
            )))
        }
        // Python's own types stand for the defaults, as in PyTorch (`dtype=float` is float64 there too).
        Value::Class(c) => match &*c.name {
            "float" => Ok(Some(DType::F64)),
            "int" => Ok(Some(DType::I64)),
            "bool" => Ok(Some(DType::Bool)),
            "complex" => Ok(Some(DType::C128)),
            _ => Err(type_error(format!(
                "dtype must be torch.dtype, not {}",
                me.class_of(v).tp_name()
            ))),
        },
        other => Err(type_error(format!(
            "dtype must be torch.dtype, not {}",
            other.type_name()
        ))),
    }
}

/// The dtype names torch binds (`torch.float32`, its alias `torch.float`, ...).
const DTYPE_NAMES: &[(&str, DType)] = &[
    ("float32", DType::F32),
    ("float", DType::F32),
    ("float64", DType::F64),
    ("double", DType::F64),
    ("float16", DType::F16),
    ("half", DType::F16),
    ("bfloat16", DType::BF16),
    ("int64", DType::I64),
    ("long", DType::I64),
    ("int32", DType::I32),
    ("int", DType::I32),
    ("int16", DType::I16),
    ("short", DType::I16),
    ("int8", DType::I8),
    ("uint8", DType::U8),
    ("bool", DType::Bool),
    ("complex64", DType::C64),
    ("cfloat", DType::C64),
    ("complex128", DType::C128),
    ("cdouble", DType::C128),
];

const DTYPE_METHODS: &[Def] = &[
    Def {
        name: "__repr__",
        sig: "self, /",
        doc: "torch.float32",
        func: |_, a| {
            Ok(Value::str(&format!(
                "torch.{}",
                crate::library::numpy::methods::the_dtype(&a[0])?.name()
            )))
        },
    },
    Def {
        name: "__eq__",
        sig: "self, other, /",
        doc: "dtype equality",
        func: |_, a| {
            let d = crate::library::numpy::methods::the_dtype(&a[0])?;
            Ok(Value::Bool(
                matches!(&a[1], Value::Native(n) if n.data.borrow().downcast_ref::<DType>() == Some(&d)),
            ))
        },
    },
    Def {
        name: "__hash__",
        sig: "self, /",
        doc: "hash(dtype)",
        func: |_, a| {
            Ok(Value::Int(
                crate::library::numpy::methods::the_dtype(&a[0])?.itemsize() as i64 * 31
                    + crate::library::numpy::methods::the_dtype(&a[0])?.kind() as i64,
            ))
        },
    },
];

fn dtype_properties() -> Vec<Def> {
    vec![
        Def {
            name: "is_floating_point",
            sig: "self, /",
            doc: "Whether the dtype is a floating-point type.\n\n>>> torch.tensor([1.0]).is_floating_point()\nTrue\n>>> torch.tensor([1]).is_floating_point()\nFalse",
            func: |_, a| {
                Ok(Value::Bool(
                    crate::library::numpy::methods::the_dtype(&a[0])?.is_float(),
                ))
            },
        },
        Def {
            name: "is_complex",
            sig: "self, /",
            doc: "Whether the dtype is a complex type.\n\n>>> torch.tensor([1j]).is_complex()\nTrue",
            func: |_, a| {
                Ok(Value::Bool(
                    crate::library::numpy::methods::the_dtype(&a[0])?.is_complex(),
                ))
            },
        },
        Def {
            name: "itemsize",
            sig: "self, /",
            doc: "Bytes per element.\n\n>>> torch.zeros(2, dtype=torch.float16).itemsize\n2",
            func: |_, a| {
                Ok(Value::Int(
                    crate::library::numpy::methods::the_dtype(&a[0])?.itemsize() as i64,
                ))
            },
        },
    ]
}

fn new_class(name: &str, module: &str, me: &Interp) -> Option<Rc<Class>> {
    crate::interp::new_class(name, module, vec![me.types.object.clone()]).ok()
}

fn add_properties(class: &Rc<Class>, props: &[Def], q: &'static str) {
    for d in props {
        class.dict.borrow_mut().insert(
            Rc::from(d.name),
            Value::Property(Rc::new(Property {
                fget: Value::Builtin(Rc::new(d.builtin(Some(q)))),
                fset: Value::None,
                doc: Value::None,
            })),
        );
    }
}

/// A property with a setter (`x.grad = None`, `x.requires_grad = True`).
fn add_settable(class: &Rc<Class>, get: Def, set: Def, q: &'static str) {
    class.dict.borrow_mut().insert(
        Rc::from(get.name),
        Value::Property(Rc::new(Property {
            fget: Value::Builtin(Rc::new(get.builtin(Some(q)))),
            fset: Value::Builtin(Rc::new(set.builtin(Some(q)))),
            doc: Value::None,
        })),
    );
}

/// Create the torch classes and register `torch` (and its submodules) for import.
pub fn install(me: &mut Interp) {
    me.explainers.push(why::explain);
    let (
        Some(tensor),
        Some(dtype),
        Some(device),
        Some(size),
        Some(no_grad),
        Some(acc),
        Some(ret),
        Some(gmf),
    ) = (
        new_class("Tensor", "torch", me),
        new_class("dtype", "torch", me),
        new_class("device", "torch", me),
        crate::interp::new_class("Size", "torch", vec![me.types.tuple.clone()]).ok(),
        new_class("_GradMode", "torch", me),
        new_class("AccumulateGrad", "torch", me),
        new_class("return_type", "torch.return_types", me),
        new_class("_DecoratedFunction", "torch", me),
    )
    else {
        return;
    };
    for d in grad::GRAD_MODE_FUNCTION_METHODS {
        Interp::add_method(&gmf, d.builtin(Some("torch")));
    }
    for d in more::RETURN_TYPE_METHODS {
        Interp::add_method(&ret, d.builtin(Some("torch.return_types")));
    }
    for d in TENSOR_METHODS
        .iter()
        .chain(grad::TENSOR_GRAD_METHODS)
        .chain(more::MORE_METHODS)
        .chain(more::SHAPE_METHODS)
        .chain(more::TILE_METHODS)
        .chain(elementwise::ELEMENTWISE_METHODS)
        .chain(reductions::REDUCTION_METHODS)
        .chain(sort::SORT_METHODS)
        .chain(einsum::PRODUCT_METHODS)
        .chain(index_ops::INDEX_METHODS)
        .chain(views::VIEW_METHODS)
        .chain(arrange::ARRANGE_METHODS)
        .chain(convert::CONVERT_METHODS)
        .chain(random::RANDOM_METHODS)
        .chain(linalg::LINALG_METHODS)
    {
        Interp::add_method(&tensor, d.builtin(Some("torch.Tensor")));
    }
    for b in elementwise::methods() {
        Interp::add_method(&tensor, b);
    }
    tensor.binary_slot.set(Some(tensor::operator_slot));
    add_properties(&tensor, TENSOR_PROPERTIES, "torch.Tensor");
    add_properties(&tensor, views::VIEW_PROPERTIES, "torch.Tensor");
    add_properties(&tensor, convert::CONVERT_PROPERTIES, "torch.Tensor");
    for (get, set) in tensor::settable_properties() {
        add_settable(&tensor, get, set, "torch.Tensor");
    }
    for d in DTYPE_METHODS {
        Interp::add_method(&dtype, d.builtin(Some("torch.dtype")));
    }
    add_properties(&dtype, &dtype_properties(), "torch.dtype");
    for d in device::DEVICE_METHODS {
        Interp::add_method(&device, d.builtin(Some("torch.device")));
    }
    add_properties(&device, device::DEVICE_PROPERTIES, "torch.device");
    for d in tensor::SIZE_METHODS {
        Interp::add_method(&size, d.builtin(Some("torch.Size")));
    }
    for d in grad::NO_GRAD_METHODS {
        Interp::add_method(&no_grad, d.builtin(Some("torch.no_grad")));
    }
    for d in grad::NODE_METHODS {
        Interp::add_method(&acc, d.builtin(Some("torch.autograd.graph.Node")));
    }
    add_properties(&acc, grad::NODE_PROPERTIES, "torch.autograd.graph.Node");
    let state = TorchState {
        tensor,
        dtype,
        device,
        size,
        no_grad,
        accumulate_grad: acc,
        return_type: ret,
        grad_mode_function: gmf,
        nodes: RefCell::new(HashMap::new()),
        dtypes: RefCell::new(HashMap::new()),
        node_objects: RefCell::new(HashMap::new()),
        print: RefCell::new(TorchPrintOptions::default()),
        linewidth_chosen: Cell::new(false),
        default_dtype: Cell::new(DType::F32),
    };
    me.state
        .insert(STATE_KEY, Rc::new(RefCell::new(Box::new(state))));
    me.register_module("torch", init);
    me.register_module("torch.autograd", |me| {
        let t = me.import("torch")?;
        me.getattr(&t, "autograd")
    });
    me.register_module("torch.func", |me| {
        let t = me.import("torch")?;
        me.getattr(&t, "func")
    });
    me.register_module("torch.fft", |me| {
        let t = me.import("torch")?;
        me.getattr(&t, "fft")
    });
    me.register_module("torch.linalg", |me| {
        let t = me.import("torch")?;
        me.getattr(&t, "linalg")
    });
    me.register_module("torch.nn", |me| {
        let t = me.import("torch")?;
        me.getattr(&t, "nn")
    });
    me.register_module("torch.nn.functional", |me| {
        let t = me.import("torch")?;
        let nn = me.getattr(&t, "nn")?;
        me.getattr(&nn, "functional")
    });
}

fn builtin(d: &'static Def) -> Value {
    Value::Builtin(Rc::new(d.builtin(None)))
}

/// torch's submodules that are one definitions table each: (attribute, module name, doc, table).
const TABLE_SUBMODULES: &[(&str, &str, &str, &[Def])] = &[
    (
        "autograd",
        "torch.autograd",
        "Automatic differentiation.\n\n>>> x = torch.tensor(3.0, requires_grad=True)\n>>> torch.autograd.grad(x ** 2, x)\n(tensor(6.),)",
        grad::AUTOGRAD_FUNCTIONS,
    ),
    (
        "func",
        "torch.func",
        "Function transforms (grad, grad_and_value).\n\n>>> torch.func.grad(lambda x: x ** 3)(torch.tensor(2.0))\ntensor(12.)",
        transforms::FUNC_FUNCTIONS,
    ),
    (
        "fft",
        "torch.fft",
        "Discrete Fourier transforms.\n\n>>> torch.fft.fft(torch.tensor([1.0, 0.0, 0.0, 0.0]))\ntensor([1.+0.j, 1.+0.j, 1.+0.j, 1.-0.j])",
        fft::FFT_FUNCTIONS,
    ),
    (
        "linalg",
        "torch.linalg",
        "Linear algebra.\n\n>>> torch.linalg.det(torch.tensor([[2.0, 0.0], [0.0, 3.0]]))\ntensor(6.)",
        linalg::LINALG_FUNCTIONS,
    ),
];

/// The `torch` module.
pub fn init(me: &mut Interp) -> Res<Value> {
    let mut items: Vec<(&str, Value)> = Vec::new();
    let tensor_class = with_state(me, |s| s.tensor.clone())?;
    for (name, v) in more::method_functions(&tensor_class) {
        items.push((name, v));
    }
    for d in FUNCTIONS
        .iter()
        .chain(grad::GRAD_FUNCTIONS)
        .chain(more::MORE_FUNCTIONS)
        .chain(elementwise::ELEMENTWISE_FUNCTIONS)
        .chain(reductions::REDUCTION_FUNCTIONS)
        .chain(einsum::PRODUCT_FUNCTIONS)
        .chain(join::JOIN_FUNCTIONS)
        .chain(views::VIEW_TORCH_FUNCTIONS)
        .chain(arrange::ARRANGE_FUNCTIONS)
        .chain(convert::CONVERT_FUNCTIONS)
        .chain(random::RANDOM_FUNCTIONS)
    {
        items.push((d.name, builtin(d)));
    }
    items.extend(random::items(me)?);
    for (name, v) in elementwise::functions() {
        items.push((name, v));
    }
    for (name, d) in DTYPE_NAMES {
        items.push((name, dtype_value(me, *d)?));
    }
    let (tensor, size, device) =
        with_state(me, |s| (s.tensor.clone(), s.size.clone(), s.device.clone()))?;
    items.push(("Tensor", Value::Class(tensor)));
    items.push(("device", Value::Class(device)));
    items.push(("Size", Value::Class(size)));
    for (attr, name, doc, table) in TABLE_SUBMODULES {
        let mut entries: Vec<(&str, Value)> = table.iter().map(|d| (d.name, builtin(d))).collect();
        if *attr == "linalg" {
            // torch.linalg.LinAlgError is the class tracebacks show as torch._C._LinAlgError.
            if let Some(c) = crate::library::numpy::array::np_exception_class("_LinAlgError") {
                entries.push(("LinAlgError", Value::Class(c)));
            }
        }
        let m = me.make_module(name, doc, entries);
        items.push((attr, m));
    }
    let functional = me.make_module(
        "torch.nn.functional",
        "Functions of neural networks.\n\n>>> import torch.nn.functional as F\n>>> F.softmax(torch.tensor([1.0, 1.0]), dim=0)\ntensor([0.5000, 0.5000])",
        elementwise::functional_items()
            .into_iter()
            .chain(
                functional::FUNCTIONAL
                    .iter()
                    .chain(functional::LOSSES)
                    .chain(activations::ACTIVATIONS)
                    .chain(random::RANDOM_FUNCTIONAL)
                    .map(|d| (d.name, builtin(d))),
            )
            .collect(),
    );
    let nn = me.make_module(
        "torch.nn",
        "Neural networks.\n\n>>> torch.nn.functional.relu(torch.tensor([-1.0, 2.0]))\ntensor([0., 2.])",
        vec![("functional", functional)],
    );
    items.push(("nn", nn));
    let special = me.make_module(
        "torch.special",
        "Special functions.\n\n>>> torch.special.expit(torch.tensor([0.0]))\ntensor([0.5000])",
        elementwise::special_items(),
    );
    items.push(("special", special));
    items.push(("__version__", Value::str("2.15.0")));
    Ok(me.make_module(
        "torch",
        "Tensors and automatic differentiation, PyTorch's way.\n\n>>> torch.tensor([1.0, 2.0]) * 2\ntensor([2., 4.])",
        items,
    ))
}

/// A Python number for element `i` of `t` (`item()`, `tolist()`): bool, int, float or complex by dtype.
fn element_value(t: &Tensor, i: usize) -> Value {
    let (re, im) = t.get_c(i);
    match t.dtype() {
        DType::Bool => Value::Bool(re != 0.0),
        d if d.is_int() => Value::Int(t.cast(DType::I64).to_vec::<i64>()[i]),
        d if d.is_complex() => Value::Complex(re, im),
        _ => Value::Float(re),
    }
}

/// The class named `name` of `module` (made on first use, derived from `base`, set up by `setup`): one class per
/// node name (`type(y.grad_fn).__name__` is `MulBackward0`) and per return type (`max`).
fn class_named(
    me: &Interp,
    name: &'static str,
    module: &str,
    base: impl FnOnce(&TorchState) -> Rc<Class>,
    setup: impl FnOnce(&Rc<Class>),
) -> Res<Rc<Class>> {
    with_state(me, |s| {
        s.nodes
            .borrow_mut()
            .entry(name)
            .or_insert_with(|| {
                let base = base(s);
                let c = crate::interp::new_class(name, module, vec![base.clone()]).unwrap_or(base);
                setup(&c);
                c
            })
            .clone()
    })
}

/// The node object of `y.grad_fn` (or an AccumulateGrad for a leaf's edge).
fn node_value(me: &Interp, edge: grad::NodeRef) -> Res<Value> {
    let key = match &edge {
        grad::NodeRef::Node(n) => Some(Rc::as_ptr(n) as usize),
        grad::NodeRef::Leaf(..) => None,
    };
    if let Some(k) = key {
        let live = with_state(me, |s| {
            s.node_objects.borrow().get(&k).and_then(|w| w.upgrade())
        })?;
        if let Some(obj) = live {
            return Ok(Value::Native(obj));
        }
    }
    let class = match &edge {
        grad::NodeRef::Node(n) => {
            let object = me.types.object.clone();
            class_named(
                me,
                n.name(),
                "torch.autograd.graph",
                |_| object,
                |c| {
                    for d in grad::NODE_METHODS {
                        Interp::add_method(c, d.builtin(Some("torch.autograd.graph.Node")));
                    }
                    add_properties(c, grad::NODE_PROPERTIES, "torch.autograd.graph.Node");
                },
            )?
        }
        grad::NodeRef::Leaf(..) => with_state(me, |s| s.accumulate_grad.clone())?,
    };
    let obj = native(class, edge);
    if let (Some(k), Value::Native(n)) = (key, &obj) {
        with_state(me, |s| {
            let mut objects = s.node_objects.borrow_mut();
            // Forget objects that died (now and then: when the table reaches a power of two), so the table stays
            // about as small as the set of live node objects.
            if objects.len() >= 64 && objects.len().is_power_of_two() {
                objects.retain(|_, w| w.strong_count() > 0);
            }
            objects.insert(k, Rc::downgrade(n));
        })?;
    }
    Ok(obj)
}

/// `torch.Size(shape)`.
fn size_value(me: &Interp, shape: &[usize]) -> Res<Value> {
    let class = with_state(me, |s| s.size.clone())?;
    // It hashes and compares as the tuple it is (a dict key `(2, 3)` finds it).
    let as_tuple = Value::tuple(shape.iter().map(|&d| Value::Int(d as i64)).collect());
    Ok(Value::Native(Rc::new(Native {
        class,
        data: RefCell::new(Box::new(shape.to_vec())),
        hash_as: Some(as_tuple),
    })))
}
