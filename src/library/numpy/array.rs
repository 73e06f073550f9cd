//! The `numpy.ndarray` type and NumPy scalars: conversions between values and tensors, and the
//! operator dunders (which route through the tensor op tables with NumPy's type rules).

use crate::interp::exceptions::{type_error, value_error, Exc, ExcType};
use crate::interp::repr::s;
use crate::interp::value::*;
use crate::interp::Interp;
use crate::tensor::dtype::{promote, promote_weak, DType, Kind, WeakKind};
use crate::tensor::element::C64;
use crate::tensor::error::TensorError;
use crate::tensor::fpe;
use crate::tensor::ops::{self, BinaryOp, CompareOp, UnaryOp};
use crate::tensor::Tensor;
use num_traits::ToPrimitive;
use std::cell::RefCell;
use std::rc::Rc;

/// What a NumPy value holds: a tensor, and whether it is a NumPy scalar (`np.float64(2.5)`) or an array.
pub struct ArrayData {
    pub t: Tensor,
    pub scalar: bool,
    /// For views: the array that owns the memory (NumPy's `.base`).
    pub base: Option<Value>,
    /// `flags.writeable == False`: broadcast views and views of read-only arrays refuse writes.
    pub readonly: bool,
}

/// The classes the NumPy flavour needs, created once per session.
pub struct NpClasses {
    pub ndarray: Rc<Class>,
    pub dtype: Rc<Class>,
    /// Scalar types by dtype (`np.float64`, `np.int64`, `np.bool_`, ...).
    pub scalars: Vec<(DType, Rc<Class>)>,
    /// The abstract scalar types (`np.generic`, `np.number`, `np.integer`, `np.floating`, ...).
    pub abstract_types: Vec<(&'static str, Rc<Class>)>,
    /// `np.False_` and `np.True_`: NumPy's bool scalars are singletons (`np.bool_(1) is np.True_`).
    pub bools: RefCell<Option<[Value; 2]>>,
}

pub const STATE_KEY: &str = "numpy";

pub fn classes(me: &Interp) -> Res<Rc<RefCell<Box<dyn std::any::Any>>>> {
    me.state
        .get(STATE_KEY)
        .cloned()
        .ok_or_else(|| Exc::new(ExcType::RuntimeError, "numpy is not initialised"))
}

fn with_classes<T>(me: &Interp, f: impl FnOnce(&NpClasses) -> T) -> Res<T> {
    let c = classes(me)?;
    let b = c.borrow();
    match b.downcast_ref::<NpClasses>() {
        Some(nc) => Ok(f(nc)),
        None => Err(Exc::new(ExcType::RuntimeError, "numpy state is corrupt")),
    }
}

thread_local! {
    /// NumPy's own exception classes (AxisError, the ufunc output casting error), created at install.
    static NP_EXCEPTIONS: RefCell<Vec<(&'static str, Rc<Class>)>> = const { RefCell::new(Vec::new()) };
}

/// Create NumPy's exception classes (with their module paths, which the traceback's last line shows), and
/// PyTorch's linalg error (`torch.linalg.LinAlgError`, shown as `torch._C._LinAlgError`), which the torch
/// library raises through the same registry.
pub fn install_exceptions(me: &Interp) {
    let specs: [(&'static str, &str, Vec<ExcType>); 4] = [
        (
            "AxisError",
            "numpy.exceptions",
            vec![ExcType::ValueError, ExcType::IndexError],
        ),
        ("LinAlgError", "numpy.linalg", vec![ExcType::ValueError]),
        ("_LinAlgError", "torch._C", vec![ExcType::RuntimeError]),
        (
            "UFuncTypeError",
            "numpy._core._exceptions",
            vec![ExcType::TypeError],
        ),
    ];
    for (name, module, bases) in specs {
        let bases: Vec<Rc<Class>> = bases.iter().map(|b| me.exc_class(*b)).collect();
        if let Ok(c) = crate::interp::new_class(name, module, bases) {
            NP_EXCEPTIONS.with(|x| x.borrow_mut().push((name, c)));
        }
    }
    // NumPy's private ufunc errors: tracebacks name them by their class, but their `__name__` is
    // UFuncTypeError, which is what `type(e).__name__` shows.
    let Some(base) = np_exception_class("UFuncTypeError") else {
        return;
    };
    for name in [
        "_UFuncOutputCastingError",
        "_UFuncInputCastingError",
        "_UFuncNoLoopError",
    ] {
        if let Ok(c) = crate::interp::new_class(name, "numpy._core._exceptions", vec![base.clone()])
        {
            c.dict
                .borrow_mut()
                .insert(Rc::from("__name__"), Value::str("UFuncTypeError"));
            NP_EXCEPTIONS.with(|x| x.borrow_mut().push((name, c)));
        }
    }
}

pub fn np_exception_class(name: &str) -> Option<Rc<Class>> {
    NP_EXCEPTIONS.with(|x| {
        x.borrow()
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, c)| c.clone())
    })
}

/// Raise one of NumPy's own exception classes; falls back to `fallback` if it is missing.
pub fn np_exception(name: &str, fallback: ExcType, msg: String) -> Box<Exc> {
    match np_exception_class(name) {
        Some(class) => {
            let inst = Instance {
                class,
                dict: RefCell::new(Attrs::default()),
            };
            inst.dict.borrow_mut().insert(
                Rc::from("args"),
                Value::tuple(vec![Value::Str(Rc::from(msg))]),
            );
            Exc::object(Value::Instance(Rc::new(inst)))
        }
        None => Exc::new(fallback, msg),
    }
}

pub fn tensor_error(e: TensorError) -> Box<Exc> {
    match e {
        TensorError::Broadcast(_) | TensorError::Reshape { .. } | TensorError::Value(_) => {
            value_error(e.to_string())
        }
        TensorError::IndexOutOfBounds { .. } | TensorError::TooManyIndices { .. } => {
            Exc::new(ExcType::IndexError, e.to_string())
        }
        TensorError::AxisOutOfBounds { .. } => {
            // numpy.exceptions.AxisError subclasses both ValueError and IndexError.
            np_exception("AxisError", ExcType::ValueError, e.to_string())
        }
        TensorError::Type(m) if m.contains("did not contain a loop") => {
            np_exception("_UFuncNoLoopError", ExcType::TypeError, m)
        }
        TensorError::Type(m) => type_error(m),
        TensorError::Unsupported(m) => Exc::new(
            ExcType::NotImplementedError,
            format!("{m} is not supported by nabla yet"),
        ),
    }
}

/// NumPy's AxisError with the argument name in front (`axis2: axis 3 is out of bounds ...`).
pub fn axis_error_for(arg: &str, axis: i64, ndim: usize) -> Box<Exc> {
    let e = TensorError::AxisOutOfBounds { axis, ndim };
    np_exception("AxisError", ExcType::ValueError, format!("{arg}: {e}"))
}

/// Normalize one axis argument named `arg` (NumPy's message names it when it is out of bounds).
pub fn named_axis(v: &Value, ndim: usize, arg: &str) -> Res<usize> {
    let a = crate::library::args::int(v, arg)?;
    let j = if a < 0 { a + ndim as i64 } else { a };
    if j < 0 || j >= ndim as i64 {
        return Err(axis_error_for(arg, a, ndim));
    }
    Ok(j as usize)
}

pub fn wrap_array(me: &Interp, t: Tensor) -> Res<Value> {
    let class = with_classes(me, |c| c.ndarray.clone())?;
    Ok(Value::Native(Rc::new(Native {
        class,
        data: RefCell::new(Box::new(ArrayData {
            t,
            scalar: false,
            base: None,
            readonly: false,
        })),
        hash_as: None,
    })))
}

/// The NumPy scalar class of a dtype (`np.float64` for float64, `np.str_` for every `<U n`), if it has one.
pub fn scalar_class(me: &Interp, d: DType) -> Res<Option<Rc<Class>>> {
    let key = match d {
        DType::Str(_) => DType::Str(0),
        DType::Bytes(_) => DType::Bytes(0),
        d => d,
    };
    with_classes(me, |c| {
        c.scalars
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, c)| c.clone())
    })
}

pub fn wrap_scalar(me: &Interp, t: Tensor) -> Res<Value> {
    let d = t.dtype();
    let class = scalar_class(me, d)?;
    let Some(class) = class else {
        return wrap_array(me, t);
    };
    let t = t.reshape(&[]).map_err(tensor_error)?;
    if d == DType::Bool {
        let b = t.to_vec::<bool>().first().copied().unwrap_or(false);
        if let Some(v) = with_classes(me, |c| {
            c.bools.borrow().as_ref().map(|p| p[b as usize].clone())
        })? {
            return Ok(v);
        }
        let pair =
            [false, true].map(|x| new_scalar(class.clone(), Tensor::from_vec(vec![x], vec![])));
        let v = pair[b as usize].clone();
        with_classes(me, |c| *c.bools.borrow_mut() = Some(pair))?;
        return Ok(v);
    }
    Ok(new_scalar(class, t))
}

fn new_scalar(class: Rc<Class>, t: Tensor) -> Value {
    // A scalar owns its value: `x = a[0]` must not change when `a` is written later.
    let t = t.copy();
    let key = item(&t);
    Value::Native(Rc::new(Native {
        class,
        data: RefCell::new(Box::new(ArrayData {
            t,
            scalar: true,
            base: None,
            readonly: false,
        })),
        hash_as: Some(key),
    }))
}

/// Wrap a view of `src`'s memory: its `.base` is the array that owns the memory. A tensor that does not share
/// storage with `src` (a reshape that had to copy) is a new owner.
pub fn wrap_view(me: &Interp, t: Tensor, src: &Value) -> Res<Value> {
    let (owner, readonly) = match src {
        Value::Native(n) => match n.data.borrow().downcast_ref::<ArrayData>() {
            Some(d) if d.t.shares_storage(&t) && !d.scalar => (
                Some(d.base.clone().unwrap_or_else(|| src.clone())),
                d.readonly,
            ),
            _ => (None, false),
        },
        _ => (None, false),
    };
    let v = wrap_array(me, t)?;
    if let (Value::Native(n), Some(o)) = (&v, owner) {
        if let Some(d) = n.data.borrow_mut().downcast_mut::<ArrayData>() {
            d.base = Some(o);
            d.readonly = readonly;
        }
    }
    Ok(v)
}

/// Mark an array read-only (`flags.writeable = False`).
pub fn set_readonly(v: &Value, readonly: bool) {
    if let Value::Native(n) = v {
        if let Some(d) = n.data.borrow_mut().downcast_mut::<ArrayData>() {
            d.readonly = readonly;
        }
    }
}

/// Whether writes into this array must be refused.
pub fn is_readonly(v: &Value) -> bool {
    match v {
        Value::Native(n) => n
            .data
            .borrow()
            .downcast_ref::<ArrayData>()
            .is_some_and(|d| d.readonly),
        _ => false,
    }
}

pub fn base_of(v: &Value) -> Value {
    match v {
        Value::Native(n) => n
            .data
            .borrow()
            .downcast_ref::<ArrayData>()
            .and_then(|d| d.base.clone())
            .unwrap_or(Value::None),
        _ => Value::None,
    }
}

/// A result that NumPy returns as a scalar when 0-d.
pub fn wrap_result(me: &Interp, t: Tensor) -> Res<Value> {
    if t.ndim() == 0 {
        wrap_scalar(me, t)
    } else {
        wrap_array(me, t)
    }
}

/// The tensor inside a NumPy value, if it is one.
pub fn as_array(v: &Value) -> Option<(Tensor, bool)> {
    let Value::Native(n) = v else { return None };
    let d = n.data.borrow();
    d.downcast_ref::<ArrayData>()
        .map(|a| (a.t.clone(), a.scalar))
}

pub fn dtype_value(me: &Interp, d: DType) -> Res<Value> {
    let class = with_classes(me, |c| c.dtype.clone())?;
    Ok(Value::Native(Rc::new(Native {
        class,
        data: RefCell::new(Box::new(d)),
        // Equal dtypes are equal dict/set keys (`{np.dtype('f8'): 1}[np.dtype(float)]`). Dict keys are hashed
        // without the interpreter, so the dtype stands for a private key tuple naming it.
        hash_as: Some(Value::tuple(vec![
            Value::str("<numpy.dtype>"),
            Value::str(d.name()),
        ])),
    })))
}

/// Interpret a `dtype=` argument: a dtype object, a scalar type (`np.float32`, `float`, `int`), or a string.
pub fn parse_dtype(me: &Interp, v: &Value) -> Res<Option<DType>> {
    Ok(Some(match v {
        Value::None => return Ok(None),
        Value::Str(s) => {
            DType::parse(s).ok_or_else(|| type_error(format!("data type '{s}' not understood")))?
        }
        Value::Native(n) => match n.data.borrow().downcast_ref::<DType>() {
            Some(d) => *d,
            None => {
                return Err(type_error(format!(
                    "Cannot interpret '{}' as a data type",
                    n.class.name
                )))
            }
        },
        Value::Class(c) => {
            let from_scalar = with_classes(me, |nc| {
                nc.scalars
                    .iter()
                    .find(|(_, k)| Rc::ptr_eq(k, c))
                    .map(|(d, _)| *d)
            })?;
            match from_scalar {
                Some(d) => d,
                None => match &*c.name {
                    "int" => DType::I64,
                    "float" => DType::F64,
                    "complex" => DType::C128,
                    "bool" => DType::Bool,
                    // Flexible string dtypes: the width comes from the data.
                    "str" | "str_" => DType::Str(0),
                    "bytes" | "bytes_" => DType::Bytes(0),
                    other => {
                        return Err(type_error(format!(
                            "Cannot interpret '<class '{other}'>' as a data type"
                        )))
                    }
                },
            }
        }
        other => {
            return Err(type_error(format!(
                "Cannot interpret '{}' as a data type",
                other.type_name()
            )))
        }
    }))
}

// ---------------------------------------------------------------------------- building arrays from values

enum Leaf {
    Bool(bool),
    /// Wide enough for every int64 and uint64 value.
    Int(i128),
    Float(f64),
    Complex(f64, f64),
    /// A `str` (code points) or `bytes` element: the array becomes a string array.
    Text(Vec<u32>),
}

fn leaf_kind(l: &Leaf) -> u8 {
    match l {
        Leaf::Bool(_) => 0,
        Leaf::Int(_) => 1,
        Leaf::Float(_) => 2,
        Leaf::Complex(..) => 3,
        Leaf::Text(_) => 4,
    }
}

/// A leaf as the text NumPy stores when a number meets strings (`str(x)`).
fn leaf_text(l: &Leaf) -> Vec<u32> {
    let s = match l {
        Leaf::Bool(b) => (if *b { "True" } else { "False" }).to_string(),
        Leaf::Int(i) => i.to_string(),
        Leaf::Float(f) => crate::format::python::float_repr(*f),
        Leaf::Complex(a, b) => crate::format::python::complex_repr(*a, *b),
        Leaf::Text(t) => return t.clone(),
    };
    s.chars().map(|c| c as u32).collect()
}

/// Numbers as a string dtype (`astype(str)`, `np.array([1.5], dtype='U')`): Python's `str` of each element;
/// width 0 means NumPy's default width for the source dtype.
pub fn numbers_to_strings(t: &Tensor, d: DType) -> Tensor {
    if t.dtype().is_string() || !d.is_string() {
        return t.astype(d);
    }
    let d = match d {
        DType::Str(0) => DType::Str(crate::tensor::dtype::text_width(t.dtype())),
        DType::Bytes(0) => DType::Bytes(crate::tensor::dtype::text_width(t.dtype())),
        d => d,
    };
    let leaves: Vec<Vec<u32>> = match t.dtype().kind() {
        Kind::Float => t
            .to_vec::<f64>()
            .into_iter()
            .map(|f| leaf_text(&Leaf::Float(f)))
            .collect(),
        Kind::Complex => t
            .to_vec::<C64>()
            .into_iter()
            .map(|z| leaf_text(&Leaf::Complex(z.re, z.im)))
            .collect(),
        // Integers and bools: the tensor layer writes them exactly.
        _ => return t.astype(d),
    };
    Tensor::from_strings(&leaves, d, t.shape.clone())
}

/// Collect the nested-sequence structure of a value: its shape and its leaves in C order.
fn flatten(
    me: &mut Interp,
    v: &Value,
    depth: usize,
    shape: &mut Vec<usize>,
    leaves: &mut Vec<Leaf>,
    strong: &mut Option<DType>,
) -> Res<()> {
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Range(..) => {
            let items = me.collect(v)?;
            if shape.len() == depth {
                shape.push(items.len());
            } else if shape[depth] != items.len() {
                return Err(inhomogeneous(shape, depth));
            }
            for it in &items {
                flatten(me, it, depth + 1, shape, leaves, strong)?;
            }
            Ok(())
        }
        other => {
            if let Some((t, _)) = as_array(other) {
                if t.ndim() > 0 {
                    for (i, d) in t.shape.iter().enumerate() {
                        if shape.len() == depth + i {
                            shape.push(*d);
                        } else if shape[depth + i] != *d {
                            return Err(inhomogeneous(shape, depth + i));
                        }
                    }
                }
                *strong = Some(strong.map(|s| promote(s, t.dtype())).unwrap_or(t.dtype()));
                if t.dtype().is_string() {
                    leaves.extend(t.strings().into_iter().map(Leaf::Text));
                    return Ok(());
                }
                let vals = t.to_vec::<C64>();
                let d = t.dtype();
                for z in vals {
                    leaves.push(match d.kind() {
                        // Strings returned above.
                        Kind::Str => Leaf::Text(Vec::new()),
                        Kind::Bool => Leaf::Bool(z.re != 0.0),
                        Kind::Int => Leaf::Int(z.re as i128),
                        Kind::Float => Leaf::Float(z.re),
                        Kind::Complex => Leaf::Complex(z.re, z.im),
                    });
                }
                if d.kind() == Kind::Int {
                    // Re-read ints exactly (large int64 values do not survive the float path).
                    let exact: Vec<i128> = if d.is_unsigned() {
                        t.to_vec::<u64>().into_iter().map(i128::from).collect()
                    } else {
                        t.to_vec::<i64>().into_iter().map(i128::from).collect()
                    };
                    let n = exact.len();
                    let start = leaves.len() - n;
                    for (k, x) in exact.into_iter().enumerate() {
                        leaves[start + k] = Leaf::Int(x);
                    }
                }
                return Ok(());
            }
            if shape.len() > depth {
                return Err(inhomogeneous(shape, depth));
            }
            let leaf = match other {
                Value::Bool(b) => Leaf::Bool(*b),
                Value::Int(i) => Leaf::Int(i128::from(*i)),
                Value::BigInt(b) => match b.to_u64() {
                    Some(u) => Leaf::Int(i128::from(u)),
                    None => {
                        return Err(Exc::new(
                            ExcType::OverflowError,
                            "Python int too large to convert to C long",
                        ))
                    }
                },
                Value::Float(f) => Leaf::Float(*f),
                Value::Complex(a, b) => Leaf::Complex(*a, *b),
                Value::Str(text) => {
                    let units: Vec<u32> = text.chars().map(|c| c as u32).collect();
                    let own = DType::Str(units.len() as u32);
                    *strong = Some(strong.map(|s| promote(s, own)).unwrap_or(own));
                    leaves.push(Leaf::Text(units));
                    return Ok(());
                }
                Value::Bytes(b) => {
                    let own = DType::Bytes(b.len() as u32);
                    *strong = Some(strong.map(|s| promote(s, own)).unwrap_or(own));
                    leaves.push(Leaf::Text(b.iter().map(|&c| c as u32).collect()));
                    return Ok(());
                }
                Value::None => {
                    return Err(crate::interp::exceptions::not_implemented(
                        "object arrays (None elements)",
                    ))
                }
                o => {
                    return Err(type_error(format!(
                        "float() argument must be a string or a real number, not '{}'",
                        me.class_of(o).name
                    )))
                }
            };
            // Inside np.array a Python scalar is not weak: it counts as its default dtype (bool, int64,
            // float64, complex128), so `np.array([np.int8(1), 2])` is int64.
            let own = match leaf_kind(&leaf) {
                0 => DType::Bool,
                // Python ints past int64's range are uint64, as in NumPy.
                1 if matches!(leaf, Leaf::Int(i) if i > i128::from(i64::MAX)) => DType::U64,
                1 => DType::I64,
                2 => DType::F64,
                _ => DType::C128,
            };
            *strong = Some(strong.map(|s| promote(s, own)).unwrap_or(own));
            leaves.push(leaf);
            Ok(())
        }
    }
}

fn inhomogeneous(shape: &[usize], depth: usize) -> Box<Exc> {
    let dims: Vec<String> = shape[..depth.min(shape.len())]
        .iter()
        .map(|d| d.to_string())
        .collect();
    let t = if dims.len() == 1 {
        format!("({},)", dims[0])
    } else {
        format!("({})", dims.join(", "))
    };
    value_error(format!(
        "setting an array element with a sequence. The requested array has an inhomogeneous shape after {} dimensions. The detected shape was {} + inhomogeneous part.",
        depth, t
    ))
}

/// `astype` with NumPy's string rules: numbers become their text (width 0: the source dtype's default width),
/// strings change width or kind (an empty width keeps the source's), and text becomes numbers by parsing.
pub fn astype_value(t: &Tensor, d: DType) -> Res<Tensor> {
    let src = t.dtype();
    if d.is_string() {
        if !src.is_string() {
            return Ok(numbers_to_strings(t, d));
        }
        let d = match d {
            DType::Str(0) => DType::Str(src.units() as u32),
            DType::Bytes(0) => DType::Bytes(src.units() as u32),
            d => d,
        };
        return t.cast_string(flexible_width(d)).map_err(tensor_error);
    }
    if src.is_string() {
        for s in t.strings() {
            let text: String = s.iter().filter_map(|&c| char::from_u32(c)).collect();
            let ok = match d.kind() {
                Kind::Bool => true,
                Kind::Int => text.trim().parse::<i64>().is_ok(),
                _ => text.trim().parse::<f64>().is_ok() || text.trim().parse::<i64>().is_ok(),
            };
            if !ok {
                let shown = crate::format::python::str_repr(&text);
                return Err(value_error(match d.kind() {
                    Kind::Int => format!("invalid literal for int() with base 10: {shown}"),
                    _ => format!("could not convert string to float: {shown}"),
                }));
            }
        }
    }
    Ok(t.astype(d))
}

/// NumPy's flexible string dtypes (`'U'`, `'S'`, width 0) hold at least one character.
pub fn flexible_width(d: DType) -> DType {
    match d {
        DType::Str(0) => DType::Str(1),
        DType::Bytes(0) => DType::Bytes(1),
        d => d,
    }
}

/// `np.array(v, dtype)`: nested sequences, scalars and arrays become a new tensor.
pub fn to_tensor(me: &mut Interp, v: &Value, dtype: Option<DType>) -> Res<Tensor> {
    if let Some((t, _)) = as_array(v) {
        return Ok(match dtype {
            Some(d) => astype_value(&t, d)?,
            None => t.copy(),
        });
    }
    let mut shape = Vec::new();
    let mut leaves = Vec::new();
    let mut strong = None;
    flatten(me, v, 0, &mut shape, &mut leaves, &mut strong)?;
    let n: usize = shape.iter().product();
    if leaves.len() != n {
        return Err(inhomogeneous(&shape, shape.len().saturating_sub(1)));
    }
    let kind = leaves.iter().map(leaf_kind).max().unwrap_or(2);
    let inferred = match kind {
        0 => DType::Bool,
        1 => DType::I64,
        2 => DType::F64,
        _ => DType::C128,
    };
    // Arrays and NumPy scalars keep their dtype, promoted with the Python scalars' default dtypes.
    let inferred = strong.unwrap_or(inferred);
    let target = dtype.unwrap_or(inferred);
    if shape.is_empty() && leaves.is_empty() {
        return Ok(Tensor::zeros(flexible_width(target), vec![0]));
    }
    if kind == 4 || target.is_string() {
        // Any string makes a string array (numbers become their text, in the promoted width); a numeric
        // `dtype=` then parses the text, as NumPy's string-to-number cast does.
        let text: Vec<Vec<u32>> = leaves.iter().map(leaf_text).collect();
        let sdt = if target.is_string() {
            match (target, inferred) {
                (DType::Str(0), d) if d.is_string() => DType::Str(d.units() as u32),
                (DType::Bytes(0), d) if d.is_string() => DType::Bytes(d.units() as u32),
                (DType::Str(0), d) => DType::Str(crate::tensor::dtype::text_width(d)),
                (DType::Bytes(0), d) => DType::Bytes(crate::tensor::dtype::text_width(d)),
                (t, _) => t,
            }
        } else {
            inferred
        };
        let sdt = if matches!(sdt, DType::Bytes(_)) {
            if text.iter().flatten().any(|&c| c > 127) && kind == 4 {
                return Err(Exc::new(
                    ExcType::ValueError,
                    "'ascii' codec can't encode character: ordinal not in range(128)",
                ));
            }
            sdt
        } else {
            sdt
        };
        let t = Tensor::from_strings(&text, flexible_width(sdt), shape);
        return Ok(if target.is_string() {
            t
        } else {
            t.astype(target)
        });
    }
    if let (Some(d), true) = (dtype, kind == 1) {
        if let Some((lo, hi)) = d.int_range() {
            for l in &leaves {
                if let Leaf::Int(i) = l {
                    if *i < lo || *i > hi {
                        return Err(Exc::new(
                            ExcType::OverflowError,
                            format!("Python integer {i} out of bounds for {d}"),
                        ));
                    }
                }
            }
        }
    }
    let t = match target.kind() {
        // Built above.
        Kind::Str => Tensor::zeros(flexible_width(target), shape),
        Kind::Complex => {
            let vals: Vec<C64> = leaves
                .iter()
                .map(|l| match l {
                    Leaf::Bool(b) => C64::new(*b as u8 as f64, 0.0),
                    Leaf::Int(i) => C64::new(*i as f64, 0.0),
                    Leaf::Float(f) => C64::new(*f, 0.0),
                    Leaf::Complex(a, b) => C64::new(*a, *b),
                    Leaf::Text(_) => C64::default(),
                })
                .collect();
            Tensor::from_vec(vals, shape).cast(target)
        }
        Kind::Float => {
            if kind == 3 {
                return Err(type_error("can't convert complex to float"));
            }
            let vals: Vec<f64> = leaves
                .iter()
                .map(|l| match l {
                    Leaf::Bool(b) => *b as u8 as f64,
                    Leaf::Int(i) => *i as f64,
                    Leaf::Float(f) => *f,
                    Leaf::Complex(a, _) => *a,
                    Leaf::Text(_) => 0.0,
                })
                .collect();
            Tensor::from_vec(vals, shape).cast(target)
        }
        // Truth of each number (NaN and 0.5 are true).
        Kind::Bool => {
            let vals: Vec<bool> = leaves
                .iter()
                .map(|l| match l {
                    Leaf::Bool(b) => *b,
                    Leaf::Int(i) => *i != 0,
                    Leaf::Float(f) => *f != 0.0,
                    Leaf::Complex(a, b) => *a != 0.0 || *b != 0.0,
                    Leaf::Text(t) => !t.is_empty(),
                })
                .collect();
            Tensor::from_vec(vals, shape)
        }
        Kind::Int => {
            if kind == 3 {
                return Err(type_error("can't convert complex to int"));
            }
            let vals: Vec<i64> = leaves
                .iter()
                .map(|l| match l {
                    Leaf::Bool(b) => *b as i64,
                    Leaf::Int(i) => *i as i64,
                    Leaf::Float(f) => *f as i64,
                    Leaf::Complex(a, _) => *a as i64,
                    Leaf::Text(_) => 0,
                })
                .collect();
            if target == DType::U64 {
                // uint64 values above int64's range must not pass through i64.
                let vals: Vec<u64> = leaves
                    .iter()
                    .zip(&vals)
                    .map(|(l, v)| match l {
                        Leaf::Int(i) => *i as u64,
                        _ => *v as u64,
                    })
                    .collect();
                return Ok(Tensor::from_vec(vals, shape));
            }
            Tensor::from_vec(vals, shape).cast(target)
        }
    };
    Ok(t)
}

/// An operand of a NumPy operation: a tensor, or a Python scalar that is "weak" in promotion (NEP 50).
pub enum Operand {
    Strong(Tensor, bool),
    Weak(Value, WeakKind),
}

pub fn operand(me: &mut Interp, v: &Value) -> Res<Option<Operand>> {
    if let Some((t, sc)) = as_array(v) {
        return Ok(Some(Operand::Strong(t, sc)));
    }
    Ok(Some(match v {
        Value::Bool(_) => Operand::Weak(v.clone(), WeakKind::Bool),
        Value::Int(_) | Value::BigInt(_) => Operand::Weak(v.clone(), WeakKind::Int),
        Value::Float(_) => Operand::Weak(v.clone(), WeakKind::Float),
        Value::Complex(..) => Operand::Weak(v.clone(), WeakKind::Complex),
        Value::List(_) | Value::Tuple(_) => Operand::Strong(to_tensor(me, v, None)?, false),
        // A Python string is a 0-d string array of its own width (NumPy gives text no weak promotion).
        Value::Str(_) | Value::Bytes(_) => Operand::Strong(to_tensor(me, v, None)?, false),
        _ => return Ok(None),
    }))
}

/// Turn a weak Python scalar into a 0-d tensor of `dtype`, with NumPy 2's overflow check for ints.
fn weak_tensor(me: &mut Interp, v: &Value, dtype: DType) -> Res<Tensor> {
    if let (Value::Int(i), Some((lo, hi))) = (v, dtype.int_range()) {
        if (*i as i128) < lo || (*i as i128) > hi {
            return Err(Exc::new(
                ExcType::OverflowError,
                format!("Python integer {i} out of bounds for {dtype}"),
            ));
        }
    }
    // Built directly: this runs for every `array <op> number`.
    let t = match v {
        Value::Float(f) => Tensor::from_vec(vec![*f], vec![]),
        Value::Int(i) => Tensor::from_vec(vec![*i], vec![]),
        Value::Bool(b) => Tensor::from_vec(vec![*b], vec![]),
        _ => to_tensor(me, v, None)?,
    };
    Ok(t.cast(dtype))
}

/// Resolve two operands to tensors and the dtype they promote to.
pub fn resolve_pair(me: &mut Interp, a: Operand, b: Operand) -> Res<(Tensor, Tensor, DType, bool)> {
    let scalar_result = |x: &Operand| match x {
        Operand::Strong(t, _) => t.ndim() == 0,
        Operand::Weak(..) => true,
    };
    let both_scalar = scalar_result(&a) && scalar_result(&b);
    Ok(match (a, b) {
        (Operand::Strong(x, _), Operand::Strong(y, _)) => {
            let d = promote(x.dtype(), y.dtype());
            (x, y, d, both_scalar)
        }
        (Operand::Strong(x, _), Operand::Weak(v, k)) => {
            let d = promote_weak(x.dtype(), k);
            let y = weak_tensor(me, &v, d)?;
            (x, y, d, both_scalar)
        }
        (Operand::Weak(v, k), Operand::Strong(y, _)) => {
            let d = promote_weak(y.dtype(), k);
            let x = weak_tensor(me, &v, d)?;
            (x, y, d, both_scalar)
        }
        (Operand::Weak(v, k), Operand::Weak(w, k2)) => {
            let d =
                crate::tensor::dtype::weak_default(if (k as u8) >= (k2 as u8) { k } else { k2 });
            (weak_tensor(me, &v, d)?, weak_tensor(me, &w, d)?, d, true)
        }
    })
}

/// `a <op> b` as the ufunc `np.<op>` computes it; `NotImplemented` when `b` is not something NumPy operates
/// with.
pub fn binary_value(me: &mut Interp, op: BinaryOp, a: &Value, b: &Value) -> Res<Value> {
    binary_impl(me, op, a, b, false)
}

/// `a <op> b` as NumPy's operators compute it. Between two scalars (NumPy scalars or Python numbers) NumPy runs
/// its scalar math instead of the ufunc: it checks integer overflow too and names errors `scalar <op>`. A float
/// array raised to the Python number 2, -1 or 0.5 is squared, inverted or square-rooted instead.
pub fn binary_operator(me: &mut Interp, op: BinaryOp, a: &Value, b: &Value) -> Res<Value> {
    if op == BinaryOp::Pow {
        if let Some(u) = fast_power(a, b) {
            return unary_impl(me, u, a, false);
        }
    }
    binary_impl(me, op, a, b, true)
}

/// NumPy's `fast_scalar_power`: the unary ufunc that `array ** exponent` becomes (exactly a Python int 2 or -1,
/// or the float 0.5, with a float or complex array, not a NumPy scalar, as the base).
fn fast_power(a: &Value, b: &Value) -> Option<UnaryOp> {
    let (t, false) = as_array(a)? else {
        return None;
    };
    if !(t.dtype().is_float() || t.dtype().is_complex()) {
        return None;
    }
    match b {
        Value::Int(2) => Some(UnaryOp::Square),
        Value::Int(-1) => Some(UnaryOp::Reciprocal),
        Value::Float(e) if *e == 0.5 => Some(UnaryOp::Sqrt),
        _ => None,
    }
}

fn binary_impl(me: &mut Interp, op: BinaryOp, a: &Value, b: &Value, operator: bool) -> Res<Value> {
    let (Some(x), Some(y)) = (operand(me, a)?, operand(me, b)?) else {
        return Ok(Value::NotImplemented);
    };
    // Strings have no arithmetic loops: NumPy names the operands' own dtypes (a Python number's default one).
    let own = |o: &Operand| match o {
        Operand::Strong(t, _) => t.dtype(),
        Operand::Weak(_, k) => crate::tensor::dtype::weak_default(*k),
    };
    let (dx, dy) = (own(&x), own(&y));
    if dx.is_string() || dy.is_string() {
        return Err(tensor_error(ops::no_string_loop(op.name(), &[dx, dy])));
    }
    // power has no bool loop: NumPy picks its int8 loop before a Python int joins (`bools ** 2` is int8).
    let as_int8 = |o: Operand| match o {
        Operand::Strong(t, sc) if op == BinaryOp::Pow && t.dtype() == DType::Bool => {
            Operand::Strong(t.cast(DType::I8), sc)
        }
        o => o,
    };
    let (x, y) = (as_int8(x), as_int8(y));
    let scalar_operand = |o: &Operand| matches!(o, Operand::Strong(_, true) | Operand::Weak(..));
    let scalar_math = operator && scalar_operand(&x) && scalar_operand(&y);
    let (x, y, d, scalar) = resolve_pair(me, x, y)?;
    let loop_dtype = ops::binary_loop_dtype(op, d, d).map_err(tensor_error)?;
    let r = super::errstate::checked(me, op.name(), scalar_math, || {
        let r = if scalar_math {
            ops::scalar_binary(op, &x, &y, loop_dtype)?
        } else {
            ops::binary(op, &x, &y, loop_dtype)?
        };
        if scalar_math && loop_dtype.kind() == Kind::Int {
            let (xc, yc) = (x.cast(loop_dtype), y.cast(loop_dtype));
            fpe::raise(ops::int_scalar_flags(op, &xc, &yc, loop_dtype));
        }
        Ok(r)
    })?;
    if scalar {
        wrap_scalar(me, r)
    } else {
        wrap_array(me, r)
    }
}

pub fn compare_value(me: &mut Interp, op: CompareOp, a: &Value, b: &Value) -> Res<Value> {
    // `a == None` compares element-wise (nothing equals None).
    if matches!(op, CompareOp::Eq | CompareOp::Ne) {
        let other = match (a, b) {
            (Value::None, o) | (o, Value::None) => as_array(o),
            _ => None,
        };
        if let Some((t, sc)) = other {
            let r = Tensor::from_vec(vec![op == CompareOp::Ne; t.numel()], t.shape.clone());
            return if sc {
                wrap_scalar(me, r)
            } else {
                wrap_array(me, r)
            };
        }
    }
    let (Some(x), Some(y)) = (operand(me, a)?, operand(me, b)?) else {
        return Ok(Value::NotImplemented);
    };
    let own = |o: &Operand| match o {
        Operand::Strong(t, _) => t.dtype(),
        Operand::Weak(_, k) => crate::tensor::dtype::weak_default(*k),
    };
    if own(&x).is_string() != own(&y).is_string() {
        // Text against numbers: NumPy finds no loop; `==` / `!=` then answer "all different".
        if matches!(op, CompareOp::Eq | CompareOp::Ne) {
            let shape = |o: &Operand| match o {
                Operand::Strong(t, _) => t.shape.clone(),
                Operand::Weak(..) => vec![],
            };
            let sh =
                crate::tensor::broadcast_shapes(&shape(&x), &shape(&y)).map_err(tensor_error)?;
            let n: usize = sh.iter().product();
            return wrap_array(me, Tensor::from_vec(vec![op == CompareOp::Ne; n], sh));
        }
        return Err(tensor_error(ops::no_string_loop(
            op.name(),
            &[own(&x), own(&y)],
        )));
    }
    // NEP 50: a Python int outside an integer array's range still compares by value.
    let (x, y) = match (x, y) {
        (Operand::Strong(t, sc), Operand::Weak(v, WeakKind::Int)) => {
            let (t, w) = int_for_comparison(&t, &v);
            (
                Operand::Strong(t, sc),
                w.map_or(Operand::Weak(v, WeakKind::Int), |w| {
                    Operand::Strong(w, true)
                }),
            )
        }
        (Operand::Weak(v, WeakKind::Int), Operand::Strong(t, sc)) => {
            let (t, w) = int_for_comparison(&t, &v);
            (
                w.map_or(Operand::Weak(v, WeakKind::Int), |w| {
                    Operand::Strong(w, true)
                }),
                Operand::Strong(t, sc),
            )
        }
        other => other,
    };
    let (x, y, d, scalar) = resolve_pair(me, x, y)?;
    let r = ops::compare(op, &x, &y, d).map_err(tensor_error)?;
    if scalar {
        wrap_scalar(me, r)
    } else {
        wrap_array(me, r)
    }
}

/// An integer array and a Python int that its dtype cannot hold, made comparable exactly: both widened to int64
/// (or uint64 / float64 when the value needs it). Returns the array unchanged and None when the int fits.
fn int_for_comparison(t: &Tensor, v: &Value) -> (Tensor, Option<Tensor>) {
    let Some((lo, hi)) = t.dtype().int_range() else {
        return (t.clone(), None);
    };
    let wide: Option<i128> = match v {
        Value::Int(i) => Some(i128::from(*i)),
        Value::BigInt(b) => num_traits::ToPrimitive::to_i128(&**b),
        _ => None,
    };
    match wide {
        Some(w) if w >= lo && w <= hi => (t.clone(), None),
        Some(w)
            if w >= i128::from(i64::MIN)
                && w <= i128::from(i64::MAX)
                && t.dtype() != DType::U64 =>
        {
            (
                t.cast(DType::I64),
                Some(Tensor::from_vec(vec![w as i64], vec![])),
            )
        }
        Some(w) if w >= 0 && w <= i128::from(u64::MAX) && t.dtype().is_unsigned() => (
            t.cast(DType::U64),
            Some(Tensor::from_vec(vec![w as u64], vec![])),
        ),
        // Beyond every integer dtype: float64 keeps the order, which is all a comparison needs here.
        _ => {
            let f = match v {
                Value::Int(i) => *i as f64,
                Value::BigInt(b) => num_traits::ToPrimitive::to_f64(&**b).unwrap_or(f64::NAN),
                _ => f64::NAN,
            };
            (t.cast(DType::F64), Some(Tensor::from_vec(vec![f], vec![])))
        }
    }
}

/// `np.<op>(a)`.
pub fn unary_value(me: &mut Interp, op: UnaryOp, a: &Value) -> Res<Value> {
    unary_impl(me, op, a, false)
}

/// `-a`, `+a`, `abs(a)`, `~a`: on a NumPy scalar, NumPy's scalar math (integer overflow checked, errors named
/// `scalar <op>`).
pub fn unary_operator(me: &mut Interp, op: UnaryOp, a: &Value) -> Res<Value> {
    unary_impl(me, op, a, true)
}

fn unary_impl(me: &mut Interp, op: UnaryOp, a: &Value, operator: bool) -> Res<Value> {
    let scalar_math = operator && as_array(a).is_some_and(|(_, sc)| sc);
    let t = match operand(me, a)? {
        Some(Operand::Strong(t, _)) => t,
        Some(Operand::Weak(v, k)) => {
            to_tensor(me, &v, Some(crate::tensor::dtype::weak_default(k)))?
        }
        None => {
            return Err(type_error(format!(
                "ufunc '{}' not supported for the input types",
                op.name()
            )))
        }
    };
    let d = ops::unary_loop_dtype(op, t.dtype()).map_err(tensor_error)?;
    let r = super::errstate::checked(me, op.name(), scalar_math, || {
        let r = ops::unary(op, &t, d)?;
        if scalar_math && d.kind() == Kind::Int {
            fpe::raise(ops::int_scalar_unary_flags(op, &t.cast(d), d));
        }
        Ok(r)
    })?;
    wrap_result(me, r)
}

// ---------------------------------------------------------------------------- string elements

/// One string element as a Python value: `str` for unicode (invalid code points become U+FFFD; NumPy refuses
/// to store them in the first place), `bytes` for bytes.
pub fn string_value(d: DType, units: &[u32]) -> Value {
    match d {
        DType::Bytes(_) => Value::Bytes(units.iter().map(|&c| c as u8).collect::<Vec<u8>>().into()),
        _ => Value::Str(
            units
                .iter()
                .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
                .collect::<String>()
                .into(),
        ),
    }
}

/// A 0-d tensor's value as a Python number (`item()`).
pub fn item(t: &Tensor) -> Value {
    match t.dtype().kind() {
        Kind::Bool => Value::Bool(t.to_vec::<bool>().first().copied().unwrap_or(false)),
        Kind::Int if t.dtype() == DType::U64 => {
            let v = t.to_vec::<u64>().first().copied().unwrap_or(0);
            i64::try_from(v)
                .map(Value::Int)
                .unwrap_or_else(|_| Value::from_bigint(v.into()))
        }
        Kind::Int => Value::Int(t.to_vec::<i64>().first().copied().unwrap_or(0)),
        Kind::Float => Value::Float(t.to_vec::<f64>().first().copied().unwrap_or(0.0)),
        Kind::Complex => {
            let z = t.to_vec::<C64>().first().copied().unwrap_or_default();
            Value::Complex(z.re, z.im)
        }
        Kind::Str => string_value(
            t.dtype(),
            t.strings().first().map(|v| &v[..]).unwrap_or(&[]),
        ),
    }
}

/// `tolist()`: nested Python lists of Python numbers.
pub fn tolist(t: &Tensor) -> Value {
    if t.ndim() == 0 {
        return item(t);
    }
    let items: Vec<Value> = (0..t.shape[0]).map(|i| tolist(&t.select(0, i))).collect();
    Value::list(items)
}

pub fn s_(text: String) -> Value {
    s(text)
}
